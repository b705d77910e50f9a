// The live score list beside the visit form; a complete score opens its breakdown.
import { Card, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type InstrumentOutcome, type PreopInstrument, visitPathOf } from '../../domain/assessment/visit';
import { getInstrument } from '../../domain/scores/index';
import { useI18n } from '../shared/i18n';
import { isHigh, ScoreBreakdown } from './ScoreBreakdown';
import { useFieldLabel } from './use-field-label';

const SHOWN_MISSING = 4;

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
