// 风险摘要: the high-risk flags of a case's current visit, each opening its score breakdown. The app
// shell puts it into the registry's case and chart pages (their summary slots).
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { InstrumentOutcome } from '../../domain/assessment/visit';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { ScoreBreakdown } from './ScoreBreakdown';
import { outcomesOf, useVisit } from './visit.resource';

/** `caseLabel` names the case in the title, where the page shows more than one case. */
export function RiskCard({ caseId, caseLabel }: { caseId: string; caseLabel?: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const [open, setOpen] = useState<InstrumentOutcome | null>(null);
  const visit = useVisit(caseId, { enabled: can('assessment.read') });
  if (!can('assessment.read')) return null;
  const current = visit.data?.current ?? null;
  const flagged = (current ? outcomesOf(current) : []).flatMap((o) =>
    'result' in o && o.result.status === 'complete'
      ? o.result.flags
          .filter((f) => f.severity === 'high' || f.severity === 'critical')
          .map((f) => ({ o, f }))
      : [],
  );
  const action = !current ? 'visit.start' : current.status === 'draft' ? 'visit.continue' : 'visit.view';
  return (
    <Card
      size="small"
      title={caseLabel ? `${t('risk.title')} · ${caseLabel}` : t('risk.title')}
      style={{ marginBottom: 12 }}
      data-testid="risk-card"
      extra={
        <Link to={`/cases/${caseId}/visit`} data-testid="open-visit">
          <Button size="small" type={current ? 'default' : 'primary'}>
            {t(action)}
          </Button>
        </Link>
      }
    >
      {!current ? (
        <Typography.Text type="secondary">{t('visit.none')}</Typography.Text>
      ) : (
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Space wrap>
            <Tag color={current.status === 'signed' ? 'green' : 'blue'}>
              {t(`visit.status.${current.status}`)}
            </Tag>
            {current.late && <Tag color="orange">{t('visit.late')}</Tag>}
          </Space>
          {flagged.length === 0 ? (
            <Typography.Text type="secondary">{t('visit.flagsNone')}</Typography.Text>
          ) : (
            <Space wrap>
              {flagged.map(({ o, f }) => (
                <Tag
                  key={f.code}
                  color={f.severity === 'critical' ? 'magenta' : 'red'}
                  style={{ cursor: 'pointer' }}
                  data-testid={`risk-flag-${f.code}`}
                  onClick={() => setOpen(o)}
                >
                  {f.label[lang]}
                </Tag>
              ))}
            </Space>
          )}
        </Space>
      )}
      <ScoreBreakdown outcome={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
