// 风险摘要: the high-risk flags of a case's current visit, each opening its score breakdown.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { InstrumentOutcome } from '../../domain/assessment/visit';
import type { VisitBundle } from '../app/types';
import { api } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { ScoreBreakdown } from './ScorePanel';

export function RiskCard({ caseId, title }: { caseId: string; title?: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const [open, setOpen] = useState<InstrumentOutcome | null>(null);
  const visit = useQuery({
    queryKey: ['visit', caseId],
    queryFn: () => api.get<VisitBundle>(`/api/v1/cases/${caseId}/visit`),
    enabled: can('assessment.read'),
  });
  if (!can('assessment.read')) return null;
  const current = visit.data?.current ?? null;
  const flagged = (current?.results ?? []).flatMap((o) =>
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
      title={title ?? t('risk.title')}
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
