// The frame every movement of the board shares: the fields, one button that sends, and why the server
// refused — at the top and at each field it named. A bed taken meanwhile (409, the message names who took
// it) reloads the pool while the dialog stays open on the fresh board; broken bed rules let the caller
// offer the override.
import { Alert, App, Form, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { errorText, fieldErrorsOf } from '../shared/error-text';
import { useI18n } from '../shared/i18n';
import { isRulesBroken } from './board.resource';

export function MovementDialog({
  title,
  testId,
  okText,
  okDisabled,
  danger,
  width,
  labels,
  onClose,
  onSubmit,
  onRulesBroken,
  children,
}: {
  title: string;
  /** `${testId}-ok`, `${testId}-error`. */
  testId: string;
  okText?: string;
  okDisabled?: boolean;
  danger?: boolean;
  width?: number;
  /** The fields' labels, to name them in a refusal. */
  labels: Record<string, string>;
  onClose: () => void;
  /** Sends the movement; resolves when it was done (the dialog then closes). */
  onSubmit: () => Promise<unknown>;
  onRulesBroken?: () => void;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    setBusy(true);
    try {
      await onSubmit();
      message.success(t('beds.board.move.done'));
      onClose();
    } catch (e) {
      const text = errorText(e, t, locale, (path) => labels[path.split('.')[0] ?? path]);
      setError(text);
      setErrors(fieldErrorsOf(e));
      message.error(text);
      if (isRulesBroken(e)) onRulesBroken?.();
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
      okText={okText ?? t('beds.board.move.ok')}
      okButtonProps={{ loading: busy, danger, disabled: okDisabled, 'data-testid': `${testId}-ok` }}
    >
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 8 }} data-testid={`${testId}-error`} />
      )}
      <Form layout="vertical" component="div">
        {children(errors)}
      </Form>
    </Modal>
  );
}
