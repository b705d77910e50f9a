// Correcting or voiding an entry (of the anesthesia record, a ward observation set): its fields for a
// correction, the reason, and why it failed, at the top and at each field the server named. What the
// entry was is kept by the server.
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { fieldErrorsOf } from './error-text';
import { useI18n } from './i18n';

export type CorrectionLabels = { ok: string; reason: string; voidNote: string };

export function CorrectionModal({
  title,
  action,
  labels,
  testId,
  width,
  size,
  onClose,
  onSubmit,
  errorText,
  okDisabled,
  children,
}: {
  title: string;
  action: 'edit' | 'void';
  labels: CorrectionLabels;
  /** `${testId}-ok`, `${testId}-reason`, `${testId}-error`. */
  testId: string;
  width?: number;
  size?: 'small' | 'middle';
  onClose: () => void;
  /** Sends the correction with the reason; a rejection is shown here. */
  onSubmit: (reason: string) => Promise<unknown>;
  errorText: (e: unknown) => string;
  okDisabled?: boolean;
  /** The fields, each told the server's message for it. */
  children?: (errors: Record<string, string>) => ReactNode;
}) {
  const { t } = useI18n();
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
      const text = errorText(e);
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
      width={width}
      title={title}
      onCancel={onClose}
      onOk={submit}
      cancelText={t('form.cancel')}
      okText={labels.ok}
      okButtonProps={{
        loading: busy,
        danger: action === 'void',
        disabled: okDisabled || !reason.trim(),
        'data-testid': `${testId}-ok`,
      }}
    >
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 8 }} data-testid={`${testId}-error`} />
      )}
      <Form layout="vertical" size={size} component="div">
        {children?.(errors)}
        {action === 'void' && <Typography.Paragraph type="secondary">{labels.voidNote}</Typography.Paragraph>}
        <Form.Item
          label={labels.reason}
          htmlFor={`${testId}-reason`}
          required
          validateStatus={errors.reason ? 'error' : undefined}
          help={errors.reason}
        >
          <Input
            id={`${testId}-reason`}
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid={`${testId}-reason`}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
