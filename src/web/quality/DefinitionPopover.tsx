// An indicator's definition one click away: the document it follows, the readings it relies on, its unit and
// what it counts (case-episodes, persons, staff).
import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Descriptions, Popover } from 'antd';
import type { IndicatorItem } from '../../api/quality';
import { COUNTING_LABELS, UNIT_LABELS } from '../../domain/quality/messages';
import { useI18n } from '../shared/i18n';

type Definition = Pick<IndicatorItem, 'code' | 'name' | 'unit' | 'counting' | 'source' | 'readings'>;

export function DefinitionPopover({ item }: { item: Definition }) {
  const { t, locale } = useI18n();
  return (
    <Popover
      trigger="click"
      title={`${item.code} ${item.name[locale]}`}
      content={
        <Descriptions size="small" column={1} style={{ maxWidth: 420 }}>
          <Descriptions.Item label={t('qc.def.source')}>{item.source}</Descriptions.Item>
          <Descriptions.Item label={t('qc.def.readings')}>
            {item.readings.length ? item.readings.join(locale === 'en-US' ? ', ' : '、') : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.def.unit')}>{UNIT_LABELS[item.unit][locale]}</Descriptions.Item>
          <Descriptions.Item label={t('qc.def.counting')}>
            {COUNTING_LABELS[item.counting][locale]}
          </Descriptions.Item>
        </Descriptions>
      }
    >
      <Button
        type="text"
        size="small"
        icon={<InfoCircleOutlined />}
        aria-label={t('qc.def.open', { code: item.code })}
        data-testid={`qc-def-${item.code}`}
      />
    </Popover>
  );
}
