// 术后评估: any post-op instrument as a form built from its input schema (the same zod schema the
// server validates with), scored live in the browser, saved to the case, with the recent results.
import { App, Button, Card, Col, InputNumber, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { POSTOP_FORMS, type PostopForm } from '../../domain/monitoring/postanesthesia-visit';
import { fmtDateTime } from '../shared/format';
import { isMessageKey, useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import {
  type AssessmentResultView,
  type PostopAssessment,
  usePostopAssessments,
  useSavePostopAssessment,
} from './postop.resource';
import { fieldsOf, formOf, resultText } from './postop-form';

const resultOf = (a: PostopAssessment) => a.result as AssessmentResultView;

export function AssessmentCard({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const save = useSavePostopAssessment(caseId);
  const [form, setForm] = useState<PostopForm>('aldrete');
  const [values, setValues] = useState<Record<string, unknown>>({});
  const instrument = formOf(form);
  const fields = useMemo(() => fieldsOf(instrument), [instrument]);
  const live = useMemo(
    () =>
      instrument.compute(
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)) as never,
      ),
    [instrument, values],
  );
  const list = usePostopAssessments(caseId);
  const label = (key: string) => {
    const specific = form === 'phq9' || form === 'gad7' ? `visit.${form}.${key}` : `assess.f.${key}`;
    return isMessageKey(specific) ? t(specific) : key;
  };
  const option = (v: string) => {
    const k = `assess.o.${v}`;
    return isMessageKey(k) ? t(k) : v;
  };
  const submit = async () => {
    try {
      await save.mutateAsync({ instrument: form, at: new Date().toISOString(), input: values });
      message.success(t('assess.saved'));
      setValues({});
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  return (
    <Card size="small" title={t('assess.title')} style={{ marginBottom: 12 }} data-testid="postop-assessment">
      <Space style={{ marginBottom: 8 }} wrap>
        <span>{t('assess.instrument')}</span>
        <Select
          style={{ width: 240 }}
          value={form}
          onChange={(v) => {
            setForm(v);
            setValues({});
          }}
          data-testid="assess-instrument"
          options={POSTOP_FORMS.map((id) => ({ value: id, label: formOf(id).names[lang] }))}
        />
        <span data-testid="assess-live" data-status={live.status}>
          {live.status === 'complete' ? (
            <Tag color="blue">
              {t('assess.result', { text: resultText(live.total, live.bandLabel[lang]) })}
            </Tag>
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assess.missing', { items: live.missing.map(label).join('、') })}
            </Typography.Text>
          )}
        </span>
      </Space>
      <Row gutter={[12, 8]}>
        {fields.map((f) => (
          <Col key={f.key} span={f.kind === 'enum' || f.key.startsWith('item') ? 24 : 12}>
            <div style={{ fontSize: 12 }}>{label(f.key)}</div>
            {f.kind === 'bool' && (
              <Radio.Group
                optionType="button"
                size="small"
                value={values[f.key] ?? null}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
                data-testid={`assess-${f.key}`}
                options={[
                  { value: true, label: t('visit.yes') },
                  { value: false, label: t('visit.no') },
                ]}
              />
            )}
            {f.kind === 'choice' && (
              <Radio.Group
                optionType="button"
                size="small"
                value={values[f.key] ?? null}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
                data-testid={`assess-${f.key}`}
                options={Array.from({ length: f.max! - f.min! + 1 }, (_, k) => ({
                  value: f.min! + k,
                  label: String(f.min! + k),
                }))}
              />
            )}
            {f.kind === 'number' && (
              <InputNumber
                size="small"
                min={f.min}
                max={f.max}
                value={(values[f.key] as number | undefined) ?? null}
                onChange={(v) => setValues({ ...values, [f.key]: typeof v === 'number' ? v : null })}
                data-testid={`assess-${f.key}`}
              />
            )}
            {f.kind === 'enum' && (
              <Radio.Group
                optionType="button"
                size="small"
                value={values[f.key] ?? null}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
                data-testid={`assess-${f.key}`}
                options={f.options!.map((o) => ({ value: o, label: option(o) }))}
              />
            )}
          </Col>
        ))}
      </Row>
      {can('observation.write') && (
        <Button type="primary" style={{ marginTop: 8 }} onClick={submit} data-testid="assess-save">
          {t('assess.save')}
        </Button>
      )}
      <div style={{ marginTop: 8 }}>
        <Typography.Text strong>{t('assess.recent')}</Typography.Text>
        {(list.data?.items ?? []).slice(0, 8).map((a) => (
          <div key={a.id} style={{ fontSize: 12 }}>
            {fmtDateTime(a.at)} · {formOf(a.instrument)?.names[lang] ?? a.instrument} ·{' '}
            {a.complete ? resultText(a.total, resultOf(a).bandLabel?.[lang] ?? '') : '—'}
            {(resultOf(a).recommendations ?? []).map((r) => (
              <div key={r.code} style={{ color: '#595959', paddingLeft: 12 }}>
                → {r.text[lang]}
              </div>
            ))}
          </div>
        ))}
      </div>
    </Card>
  );
}
