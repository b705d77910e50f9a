import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { useChangePassword } from './auth.resource';
import { passwordRule, passwordRuleText } from './password-rule';

export default function ChangePasswordPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const changePassword = useChangePassword();
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: { currentPassword: string; newPassword: string; confirm: string }) => {
    setError(null);
    try {
      await changePassword.mutateAsync({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      message.success(t('password.done'));
      navigate('/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return navigate('/login', { replace: true });
      setError(e instanceof ApiError ? e.body.message : t('app.error.network'));
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f0f2f5',
      }}
    >
      <Card style={{ width: 420 }}>
        <Typography.Title level={4}>{t('password.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('password.hint', { rule: passwordRuleText(t) })}
        </Typography.Paragraph>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={submit}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            rules={[
              { required: true, message: t('form.required') },
              passwordRule(t, () => me?.username ?? ''),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('form.required') },
              ({ getFieldValue }) => ({
                validator: (_, v) =>
                  v === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block data-testid="password-submit">
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
