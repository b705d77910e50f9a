// Correcting or voiding an entry of the record: its fields (for a correction), the reason, and why it
// failed, each field named there and in the message at the top. What it was is kept by the server.
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../shared/i18n';
import { fieldErrorsOf, recordErrorText } from './record-errors';

export function CorrectionDialog({
  title,
  action,
  onClose,
  onSubmit,
  okDisabled,
  children,
}: {
  title: string;
  action: 'edit' | 'void';
  onClose: () => void;
  /** Sends the correction with the reason; a rejection is shown here. */
  onSubmit: (reason: string) => Promise<unknown>;
  okDisabled?: boolean;
  /** The fields, each told the server's message for it. */
  children?: (errors: Record<string, string>) => ReactNode;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    setBusy(true);
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      const text = recordErrorText(e, t, locale);
      setError(text);
      setErrors(fieldErrorsOf(e));
      message.error(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={submit}
      cancelText={t('form.cancel')}
      okText={action === 'void' ? t('record.void') : t('record.correct')}
      okButtonProps={{
        loading: busy,
        danger: action === 'void',
        disabled: okDisabled || !reason.trim(),
        'data-testid': 'correction-ok',
      }}
    >
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 8 }} data-testid="correction-error" />
      )}
      <Form layout="vertical" size="small" component="div">
        {children?.(errors)}
        {action === 'void' && (
          <Typography.Paragraph type="secondary">{t('record.voidNote')}</Typography.Paragraph>
        )}
        <Form.Item
          label={action === 'void' ? t('record.voidReason') : t('record.correctionReason')}
          htmlFor="correction-reason"
          required
          validateStatus={errors.reason ? 'error' : undefined}
          help={errors.reason}
        >
          <Input
            id="correction-reason"
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="correction-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
