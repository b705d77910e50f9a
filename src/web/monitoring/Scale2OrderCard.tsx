// The doctor's order to score SpO2 on NEWS2 scale 2 (hypercapnic respiratory failure), with its reason.
import { App, Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { useScale2Order } from './observation-set.resource';

export function Scale2OrderCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const order = useScale2Order(caseId);
  const [reason, setReason] = useState('');
  if (!can('observation.order')) return null;
  const send = async (active: boolean) => {
    try {
      await order.mutateAsync(active ? { active, reason } : { active });
      message.success(active ? t('obs.scale2On') : t('obs.scale2Off'));
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  return (
    <Card size="small" title={t('obs.scale2')}>
      <Space wrap>
        <Input
          style={{ width: 260 }}
          placeholder={t('obs.scale2Reason')}
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button disabled={!reason.trim()} onClick={() => send(true)}>
          {t('obs.scale2On')}
        </Button>
        <Button onClick={() => send(false)}>{t('obs.scale2Off')}</Button>
      </Space>
    </Card>
  );
}
