import { Alert, App, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import type { SecurityPolicy } from '../../domain/auth/security-policy';
import { securityPolicySchema } from '../../domain/auth/security-policy';
import { ApiError } from '../shared/api';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { usePolicy, useSavePolicy } from './security.resource';

const FIELDS: { name: keyof SecurityPolicy; label: MessageKey }[] = [
  { name: 'minPasswordLength', label: 'security.minPasswordLength' },
  { name: 'maxFailedLogins', label: 'security.maxFailedLogins' },
  { name: 'lockMinutes', label: 'security.lockMinutes' },
  { name: 'sessionIdleMinutes', label: 'security.sessionIdleMinutes' },
  { name: 'sessionAbsoluteHours', label: 'security.sessionAbsoluteHours' },
];

/** The bounds of each setting, from the same schema the server validates with. */
const bounds = (name: keyof SecurityPolicy) => {
  const field = securityPolicySchema.shape[name];
  return { min: field.minValue ?? undefined, max: field.maxValue ?? undefined };
};

export default function SecurityPolicyPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SecurityPolicy>();
  const [error, setError] = useState<string | null>(null);
  const policy = usePolicy();
  const savePolicy = useSavePolicy();

  const save = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      await savePolicy.mutateAsync({ ...values, version: policy.data?.version ?? null });
      message.success(t('form.saved'));
    } catch (e) {
      setError(e instanceof ApiError ? e.body.message : t('app.error.network'));
    }
  };

  if (!policy.data) return null;
  return (
    <div style={{ maxWidth: 560 }}>
      <Typography.Title level={4}>{t('security.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('security.intro')}</Typography.Paragraph>
      {policy.data.version === null && (
        <Alert type="info" title={t('security.defaults')} style={{ marginBottom: 12 }} />
      )}
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Card>
        <Form
          form={form}
          layout="horizontal"
          labelCol={{ span: 12 }}
          initialValues={policy.data}
          key={policy.data.version ?? 0}
        >
          {FIELDS.map(({ name, label }) => {
            const { min, max } = bounds(name);
            return (
              <Form.Item
                key={name}
                name={name}
                label={t(label)}
                extra={`${min ?? ''} – ${max ?? ''}`}
                rules={[
                  { required: true, message: t('form.required') },
                  { type: 'number', min, max },
                ]}
              >
                <InputNumber min={min} max={max} precision={0} style={{ width: 140 }} />
              </Form.Item>
            );
          })}
          <Button type="primary" onClick={save} data-testid="policy-save">
            {t('form.save')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
