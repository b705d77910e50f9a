// The anesthesia method and its details (airway, lines, position, warming) and how temperature is
// monitored, as labelled fields: the method starts from the case's plan and the airway from the method
// (record-method.ts), a field the signature lacks is marked with what is wrong, and signing saves what
// is not saved yet.
import {
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { AIRWAY_OPTIONS, AIRWAY_REQUIRED, defaultAirway } from '../../domain/anesthesia/record-signing';
import {
  ANESTHESIA_METHOD_LABELS,
  ANESTHESIA_METHODS,
  type AnesthesiaMethod,
} from '../../domain/registry/vocabulary';
import { useI18n } from '../shared/i18n';
import { type MethodDraft, needsSave, prefilled } from './record-method';

export function MethodPanel({
  rec,
  editable,
  draft,
  onChange,
  errors,
  onSave,
}: {
  rec: AnesthesiaRecord;
  editable: boolean;
  draft: MethodDraft;
  onChange: (draft: MethodDraft) => void;
  /** The fields signing (or saving) found wrong, by path. */
  errors: Record<string, string>;
  onSave: () => Promise<unknown>;
}) {
  const { t, lang, locale } = useI18n();
  const { details } = draft;
  const status = (path: string) => (errors[path] ? ('error' as const) : undefined);
  const setMethod = (method: AnesthesiaMethod) => {
    // An airway the previous method implied follows the new one; one typed stays.
    const implied = AIRWAY_OPTIONS.some((o) => o[locale] === details.airway) || !details.airway;
    const airway = implied ? defaultAirway(method)?.[locale] : details.airway;
    onChange({ ...draft, method, details: { ...details, airway } });
  };
  const unsaved = editable && needsSave(draft, rec);
  return (
    <Card
      size="small"
      title={t('record.method')}
      style={{ marginBottom: 8 }}
      extra={unsaved && <Tag color="gold">{t('record.unsaved')}</Tag>}
    >
      <Form layout="vertical" size="small" component="div" disabled={!editable}>
        <Form.Item
          label={t('record.methodLabel')}
          htmlFor="record-method"
          required
          validateStatus={status('method')}
          help={errors.method}
          extra={
            editable && prefilled(rec) && draft.method ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('record.methodPrefilled')}
              </Typography.Text>
            ) : undefined
          }
          style={{ marginBottom: 8 }}
        >
          <Select
            id="record-method"
            style={{ width: '100%' }}
            value={draft.method}
            onChange={setMethod}
            data-testid="record-method"
            options={ANESTHESIA_METHODS.map((m) => ({ value: m, label: ANESTHESIA_METHOD_LABELS[m][lang] }))}
          />
        </Form.Item>
        <Form.Item
          label={t('record.airway')}
          htmlFor="record-airway"
          required={!!draft.method && AIRWAY_REQUIRED.includes(draft.method)}
          validateStatus={status('details.airway')}
          help={errors['details.airway']}
          style={{ marginBottom: 8 }}
        >
          <AutoComplete
            id="record-airway"
            style={{ width: '100%' }}
            value={details.airway ?? ''}
            onChange={(airway: string) => onChange({ ...draft, details: { ...details, airway } })}
            options={AIRWAY_OPTIONS.map((o) => ({ value: o[locale] }))}
            placeholder={t('record.airwayPlaceholder')}
            data-testid="record-airway"
          />
        </Form.Item>
        {(['lines', 'position'] as const).map((k) => (
          <Form.Item
            key={k}
            label={t(`record.${k}`)}
            htmlFor={`record-${k}`}
            validateStatus={status(`details.${k}`)}
            help={errors[`details.${k}`]}
            style={{ marginBottom: 8 }}
          >
            <Input
              id={`record-${k}`}
              value={details[k] ?? ''}
              maxLength={200}
              onChange={(e) => onChange({ ...draft, details: { ...details, [k]: e.target.value } })}
            />
          </Form.Item>
        ))}
        <Space direction="vertical" size={4}>
          <Checkbox
            checked={!!details.activeWarming}
            onChange={(e) => onChange({ ...draft, details: { ...details, activeWarming: e.target.checked } })}
          >
            {t('record.warming')}
          </Checkbox>
          <Radio.Group
            size="small"
            value={draft.tempMode}
            onChange={(e) => onChange({ ...draft, tempMode: e.target.value })}
            options={(['continuous', 'intermittent'] as const).map((m) => ({
              value: m,
              label: `${t('record.tempMode')}：${t(`record.tempMode.${m}`)}`,
            }))}
          />
          {editable && (
            <Button size="small" onClick={onSave} data-testid="record-method-save">
              {t('record.save')}
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );
}
