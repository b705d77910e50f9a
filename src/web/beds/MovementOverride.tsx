// Breaking a hard bed rule on purpose (issue 13 §3: only with a reason, recorded and audited): the reason,
// offered only to those who hold beds.override; anyone else is told why the bed cannot be taken.
import { Alert, Form, Input } from 'antd';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';

export const useCanOverride = (): boolean => useSession().can('beds.override');

export function MovementOverride({
  rules,
  value,
  onChange,
  error,
}: {
  /** What the chosen bed breaks, in the user's language; absent = the refusal above already says it. */
  rules?: string[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const allowed = useCanOverride();
  const list = rules?.join(t('beds.board.list.separator'));
  if (!allowed)
    return (
      <Alert
        type="warning"
        title={
          list ? t('beds.board.override.forbidden', { rules: list }) : t('beds.board.override.forbiddenShort')
        }
        data-testid="override-forbidden"
        style={{ marginBottom: 8 }}
      />
    );
  return (
    <>
      {list && (
        <Alert
          type="warning"
          title={t('beds.board.override.breaks', { rules: list })}
          style={{ marginBottom: 8 }}
          data-testid="override-rules"
        />
      )}
      <Form.Item
        label={t('beds.board.override.reason')}
        htmlFor="override-reason"
        required
        validateStatus={error ? 'error' : undefined}
        help={error}
        extra={t('beds.board.override.audited')}
      >
        <Input
          id="override-reason"
          maxLength={200}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid="override-reason"
        />
      </Form.Item>
    </>
  );
}
