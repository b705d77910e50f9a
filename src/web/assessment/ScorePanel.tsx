// The live score list beside the visit form, and the breakdown one opens from any flag or score.
import { Card, Descriptions, List, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type InstrumentOutcome, type PreopInstrument, visitPathOf } from '../../domain/assessment/visit';
import { getInstrument } from '../../domain/scores/index';
import { useI18n } from '../shared/i18n';
import { useFieldLabel } from './use-field-label';

const SHOWN_MISSING = 4;
const isHigh = (s: string) => s === 'high' || s === 'critical';

export function ScorePanel({ outcomes }: { outcomes: InstrumentOutcome[] }) {
  const { t, lang } = useI18n();
  const labelOf = useFieldLabel();
  const [open, setOpen] = useState<InstrumentOutcome | null>(null);
  const itemLabel = (id: PreopInstrument, item: string) => labelOf(visitPathOf(id, item));
  const incomplete = outcomes.filter((o) => !('result' in o) || o.result.status !== 'complete').length;
  return (
    <Card
      size="small"
      title={t('visit.scores')}
      extra={
        incomplete > 0 && (
          <Typography.Text type="secondary">{t('visit.incompleteCount', { n: incomplete })}</Typography.Text>
        )
      }
      data-testid="score-panel"
    >
      <List
        size="small"
        dataSource={outcomes}
        renderItem={(o) => {
          const name = getInstrument(o.id)!.names[lang];
          if ('invalid' in o)
            return (
              <List.Item data-testid={`score-${o.id}`} data-status="invalid">
                <strong>{name}</strong>
                <Typography.Text type="danger">
                  {t('visit.invalid', { items: o.invalid.map((i) => itemLabel(o.id, i)).join('、') })}
                </Typography.Text>
              </List.Item>
            );
          const r = o.result;
          if (r.status === 'incomplete') {
            const names = r.missing.slice(0, SHOWN_MISSING).map((i) => itemLabel(o.id, i));
            const more = r.missing.length - names.length;
            return (
              <List.Item data-testid={`score-${o.id}`} data-status="incomplete">
                <strong>{name}</strong>
                <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'right' }}>
                  {t('visit.missing', { items: names.join('、') })}
                  {more > 0 && t('visit.moreMissing', { n: more })}
                </Typography.Text>
              </List.Item>
            );
          }
          const high = r.flags.filter((f) => isHigh(f.severity));
          return (
            <List.Item
              data-testid={`score-${o.id}`}
              data-status="complete"
              data-total={r.total}
              style={{ cursor: 'pointer' }}
              onClick={() => setOpen(o)}
            >
              <strong>{name}</strong>
              <span>
                <Tag color={high.length ? 'red' : 'default'}>
                  {r.total} · {r.bandLabel[lang]}
                </Tag>
              </span>
            </List.Item>
          );
        }}
      />
      <ScoreBreakdown outcome={open} onClose={() => setOpen(null)} />
    </Card>
  );
}

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
