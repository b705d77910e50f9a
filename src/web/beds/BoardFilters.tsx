// What the board shows: some wards or all, free beds only, the patients expected to leave today or
// tomorrow, one sex — kept in the page's search by the caller.
import { Checkbox, Radio, Select, Space } from 'antd';
import { useWards } from '../shared/directory.resource';
import { useI18n } from '../shared/i18n';
import type { BoardFilter } from './board.resource';

export function BoardFilters({
  filter,
  onChange,
}: {
  filter: BoardFilter;
  onChange: (f: BoardFilter) => void;
}) {
  const { t } = useI18n();
  const wards = useWards();
  return (
    <Space wrap size="middle" style={{ marginBottom: 12 }} data-testid="beds-filters">
      <Select
        mode="multiple"
        allowClear
        style={{ minWidth: 220 }}
        placeholder={t('beds.board.filter.allWards')}
        value={filter.wards}
        onChange={(codes: string[]) => onChange({ ...filter, wards: codes })}
        options={(wards.data?.items ?? []).map((w) => ({ value: w.code, label: w.name }))}
        optionFilterProp="label"
        data-testid="filter-wards"
      />
      <Checkbox
        checked={filter.freeOnly}
        onChange={(e) => onChange({ ...filter, freeOnly: e.target.checked })}
        data-testid="filter-free"
      >
        {t('beds.board.filter.freeOnly')}
      </Checkbox>
      <Radio.Group
        size="small"
        optionType="button"
        value={filter.discharge ?? 'any'}
        onChange={(e) => {
          const v = e.target.value as 'any' | 'today' | 'tomorrow';
          onChange({ ...filter, discharge: v === 'any' ? null : v });
        }}
        options={[
          { value: 'any', label: t('beds.board.filter.dischargeAny') },
          { value: 'today', label: t('beds.board.filter.dischargeToday') },
          { value: 'tomorrow', label: t('beds.board.filter.dischargeTomorrow') },
        ]}
        data-testid="filter-discharge"
      />
      <Radio.Group
        size="small"
        optionType="button"
        value={filter.sex ?? 'any'}
        onChange={(e) => {
          const v = e.target.value as 'any' | 'male' | 'female';
          onChange({ ...filter, sex: v === 'any' ? null : v });
        }}
        options={[
          { value: 'any', label: t('beds.board.filter.sexAny') },
          { value: 'male', label: t('beds.board.sex.male') },
          { value: 'female', label: t('beds.board.sex.female') },
        ]}
        data-testid="filter-sex"
      />
    </Space>
  );
}
