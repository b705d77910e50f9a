// One instrument's result in full: total, band, points per item, flags and recommendations.
import { Descriptions, List, Modal, Table, Tag } from 'antd';
import { type InstrumentOutcome, visitPathOf } from '../../domain/assessment/visit';
import { getInstrument } from '../../domain/scores/index';
import { useI18n } from '../shared/i18n';
import { useFieldLabel } from './use-field-label';

export const isHigh = (severity: string) => severity === 'high' || severity === 'critical';

export function ScoreBreakdown({
  outcome,
  onClose,
}: {
  outcome: InstrumentOutcome | null;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const labelOf = useFieldLabel();
  if (!outcome || !('result' in outcome) || outcome.result.status !== 'complete') return null;
  const instrument = getInstrument(outcome.id)!;
  const r = outcome.result;
  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      width={640}
      title={`${t('visit.breakdown')} · ${instrument.names[lang]}`}
    >
      <div data-testid={`breakdown-${outcome.id}`}>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('visit.total')}>{r.total}</Descriptions.Item>
          <Descriptions.Item label={t('visit.band')}>{r.bandLabel[lang]}</Descriptions.Item>
          <Descriptions.Item label={t('visit.version')}>{outcome.version}</Descriptions.Item>
          <Descriptions.Item label={t('visit.source')}>{instrument.source}</Descriptions.Item>
        </Descriptions>
        {Object.keys(r.subscores).length > 0 && (
          <Table
            size="small"
            style={{ marginTop: 8 }}
            pagination={false}
            rowKey="item"
            columns={[
              { title: t('visit.item'), dataIndex: 'label' },
              { title: t('visit.points'), dataIndex: 'points', width: 80 },
            ]}
            dataSource={Object.entries(r.subscores).map(([item, points]) => ({
              item,
              label: labelOf(visitPathOf(outcome.id, item)).replace(/^history\./, ''),
              points,
            }))}
          />
        )}
        {r.flags.length > 0 && (
          <div style={{ marginTop: 8 }}>
            {r.flags.map((f) => (
              <Tag key={f.code} color={isHigh(f.severity) ? 'red' : 'orange'}>
                {f.label[lang]}
              </Tag>
            ))}
          </div>
        )}
        {r.recommendations.length > 0 && (
          <List
            size="small"
            header={t('visit.recommendations')}
            dataSource={r.recommendations}
            renderItem={(rec) => (
              <List.Item>
                <div>
                  {rec.text[lang]}
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>{rec.source}</div>
                </div>
              </List.Item>
            )}
          />
        )}
      </div>
    </Modal>
  );
}
