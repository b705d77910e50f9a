// What the QC dashboard looks at: the edition (2022, 26 indicators; 2015, 17), the period and the wards
// (none chosen = every ward the user may see).
import { Radio, Select, Space } from 'antd';
import { EDITIONS } from '../../api/quality';
import { useWards } from '../shared/directory.resource';
import { useI18n } from '../shared/i18n';
import { PeriodPicker } from './PeriodPicker';
import type { QualityFilter } from './quality-search';

export function QualityFilters({
  value,
  onChange,
  showEdition = true,
}: {
  value: QualityFilter;
  onChange: (f: QualityFilter) => void;
  showEdition?: boolean;
}) {
  const { t } = useI18n();
  const wards = useWards();
  return (
    <Space wrap size="middle">
      {showEdition && (
        <Radio.Group
          optionType="button"
          value={value.edition}
          onChange={(e) => onChange({ ...value, edition: e.target.value })}
          options={EDITIONS.map((e) => ({ value: e, label: t(`quality.edition.${e}`) }))}
          data-testid="qc-edition"
        />
      )}
      <PeriodPicker value={value.period} onChange={(period) => onChange({ ...value, period })} />
      <Select
        mode="multiple"
        allowClear
        style={{ minWidth: 220 }}
        maxTagCount="responsive"
        value={value.wards}
        onChange={(codes: string[]) => onChange({ ...value, wards: codes })}
        loading={wards.isLoading}
        placeholder={t('qc.wards.all')}
        aria-label={t('qc.wards.label')}
        options={(wards.data?.items ?? []).map((w) => ({ value: w.code, label: `${w.code} ${w.name}` }))}
        optionFilterProp="label"
        data-testid="qc-wards"
      />
    </Space>
  );
}
