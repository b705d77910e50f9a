// The intra-op alerts and the hypotension exposure, as the ingest derived them; each alert acknowledged once.
import { Button, Card, Tag, Typography } from 'antd';
import { formatAlertExtreme } from '../../domain/anesthesia/vital-format';
import { fmtTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { ackRecordAlert } from './record.resource';
import type { PanelProps } from './record-panel';

export function AlertsPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('record.alerts')} style={{ marginBottom: 8 }} data-testid="alerts-panel">
      {rec.exposure && (
        <div style={{ fontSize: 12, marginBottom: 6 }} data-testid="hypotension-exposure">
          {t('record.exposure', {
            threshold: rec.exposure.threshold,
            minutes: rec.exposure.minutesBelow,
            aut: rec.exposure.aut,
            twa: rec.exposure.twa,
            source: t(`record.source.${rec.exposure.source}`),
          })}
        </div>
      )}
      {rec.alerts.length === 0 && <Typography.Text type="secondary">{t('record.noAlerts')}</Typography.Text>}
      {rec.alerts.map((a) => (
        <div key={`${a.kind}${a.start}`} style={{ fontSize: 12, marginBottom: 4 }}>
          <Tag color={a.acknowledged ? 'default' : 'red'}>{t(`record.alert.${a.kind}` as MessageKey)}</Tag>
          {fmtTime(a.start)}–{fmtTime(a.end)} · {formatAlertExtreme(a.kind, a.extreme)}
          {editable && !a.acknowledged ? (
            <Button
              size="small"
              type="link"
              onClick={async () => {
                await ackRecordAlert(c.id, { kind: a.kind, start: a.start });
                await onDone();
              }}
            >
              {t('record.ack')}
            </Button>
          ) : (
            a.acknowledged && <Typography.Text type="secondary"> {t('record.acked')}</Typography.Text>
          )}
        </div>
      ))}
    </Card>
  );
}
