// The PACU summary (stay, delay, first temperature, discharge readiness, unplanned reintubation or ICU)
// and the PACU events the nurse records.
import { Button, Card, Space, Tag, Typography } from 'antd';
import type { PacuEventInput } from '../../api/monitoring';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { usePostopSummary, useRecordPacuEvent } from './postop.resource';

export function PacuCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const record = useRecordPacuEvent(caseId);
  const s = usePostopSummary(caseId).data;
  const event = async (code: PacuEventInput['code']) => {
    await record.mutateAsync({ code, at: new Date().toISOString() });
  };
  const tags = s
    ? [
        s.pacuMinutes !== null && <Tag key="stay">{t('pacu.stay', { n: Math.round(s.pacuMinutes) })}</Tag>,
        s.pacuDelayed && (
          <Tag key="delay" color="orange">
            {t('pacu.delayed')}
          </Tag>
        ),
        s.firstPacuTemperature !== null && (
          <Tag key="temp">{t('pacu.firstTemp', { t: s.firstPacuTemperature })}</Tag>
        ),
        s.pacuHypothermia && (
          <Tag key="hypo" color="orange">
            {t('pacu.hypothermia')}
          </Tag>
        ),
        s.dischargeReady && (
          <Tag key="ready" color="green">
            {t('pacu.ready')}
          </Tag>
        ),
        s.unplannedReintubation6h && (
          <Tag key="reint" color="red">
            {t('pacu.reintubation')}
          </Tag>
        ),
        s.unplannedIcu && (
          <Tag key="icu" color="red">
            {t('pacu.unplannedIcu')}
          </Tag>
        ),
      ].filter(Boolean)
    : [];
  return (
    <Card size="small" title={t('pacu.title')} style={{ marginBottom: 12 }} data-testid="pacu-summary">
      <Space wrap>
        {tags.length ? tags : <Typography.Text type="secondary">{t('pacu.none')}</Typography.Text>}
      </Space>
      {can('observation.write') && (
        <Space style={{ marginTop: 8 }}>
          <Button size="small" onClick={() => event('extubation')}>
            {t('pacu.extubation')}
          </Button>
          <Button size="small" danger onClick={() => event('reintubation_unplanned')}>
            {t('pacu.reintubate')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
