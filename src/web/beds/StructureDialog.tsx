// The one way the structure forms save: the server's field problems marked on the form, and a change someone
// else saved meanwhile shown field by field (use theirs, or keep mine on their version) — nothing overwritten.
import { Alert, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../shared/api';
import { type Conflict, ConflictDialog } from '../shared/ConflictDialog';
import { errorText, fieldErrorsOf } from '../shared/error-text';
import { useI18n } from '../shared/i18n';

type Versioned = Record<string, unknown> & { version: number };

export function StructureDialog<V extends object, R extends Versioned, B extends Record<string, unknown>>({
  title,
  record,
  form,
  labels,
  toBody,
  toValues,
  save,
  onClose,
  children,
  testId,
}: {
  title: string;
  /** The record edited as read; null = a new one. */
  record: R | null;
  form: FormInstance<V>;
  /** The label of each field the server may name (also the fields a conflict compares). */
  labels: Record<string, string>;
  /** The request body (without the version) of the form's values. */
  toBody: (values: V) => B;
  /** The form's values of a record (someone else's latest). */
  toValues: (record: R) => V;
  save: (body: B, version: number | null) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
  testId: string;
}) {
  const { t, locale } = useI18n();
  const [version, setVersion] = useState<number | null>(record?.version ?? null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (body: B, over: number | null) => {
    setBusy(true);
    setError(null);
    try {
      await save(body, over);
      onClose();
    } catch (e) {
      const latest = e instanceof ApiError ? (e.body.latest as R | undefined) : undefined;
      if (e instanceof ApiError && e.body.code === 'version_conflict' && latest) {
        setConflict({ mine: body, theirs: latest });
        return;
      }
      setError(errorText(e, t, locale, (path) => labels[path]));
      const fields = fieldErrorsOf(e);
      form.setFields(
        Object.entries(fields).map(([name, message]) => ({
          name: name as never,
          errors: [message || (e instanceof ApiError ? e.body.message : '')],
        })),
      );
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    await send(toBody(values), version);
  };

  return (
    <>
      <Modal
        open
        title={title}
        onOk={submit}
        onCancel={onClose}
        okText={t('form.save')}
        cancelText={t('form.cancel')}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': `${testId}-save` }}
      >
        <div data-testid={testId}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          {children}
        </div>
      </Modal>
      <ConflictDialog
        conflict={conflict}
        fields={Object.keys(labels)}
        labels={labels}
        onUseTheirs={() => {
          if (!conflict) return;
          const latest = conflict.theirs as R;
          setVersion(latest.version);
          form.setFieldsValue(toValues(latest) as Parameters<FormInstance<V>['setFieldsValue']>[0]);
          setConflict(null);
        }}
        onKeepMine={() => {
          if (!conflict) return;
          const { mine, theirs } = conflict;
          setVersion(theirs.version);
          setConflict(null);
          void send(mine as B, theirs.version);
        }}
      />
    </>
  );
}
