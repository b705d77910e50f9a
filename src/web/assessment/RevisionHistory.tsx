// The visit's revisions, newest first, each opening read-only (shown once there is more than one).
import { Button, Card, Tag, Typography } from 'antd';
import type { Visit } from '../../api/assessment';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';

export function RevisionHistory({ revisions, onView }: { revisions: Visit[]; onView: (r: Visit) => void }) {
  const { t } = useI18n();
  if (revisions.length <= 1) return null;
  return (
    <Card size="small" title={t('visit.history')} style={{ marginTop: 12 }} data-testid="visit-revisions">
      {revisions
        .slice()
        .reverse()
        .map((r) => (
          <div key={r.id} style={{ marginBottom: 4 }}>
            <Button type="link" size="small" onClick={() => onView(r)}>
              {t('visit.revision', { n: r.revision })}
            </Button>
            <Tag color={r.status === 'signed' ? 'green' : 'blue'}>{t(`visit.status.${r.status}`)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {fmtDateTime(r.signedAt ?? r.updatedAt)}
              {r.amendmentReason && ` · ${r.amendmentReason}`}
            </Typography.Text>
          </div>
        ))}
    </Card>
  );
}
