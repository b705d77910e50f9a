// 术后评估: any post-op instrument as a form built from its input schema (the same zod schema the
// server validates with), scored live in the browser, saved to the case; and the PACU summary.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, InputNumber, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import {
  POSTOP_FORMS,
  type PostopForm,
  postanesthesiaVisit,
} from '../../domain/monitoring/postanesthesia-visit';
import { getInstrument, type Instrument } from '../../domain/scores/index';
import { api } from '../shared/api';
import { fmtDateTime } from '../shared/format';
import { isMessageKey, useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';

const formOf = (id: PostopForm): Instrument =>
  id === 'postanesthesia-visit' ? (postanesthesiaVisit as unknown as Instrument) : getInstrument(id)!;

type JsonSchema = {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
};
type Field = {
  key: string;
  kind: 'bool' | 'choice' | 'number' | 'enum';
  min?: number;
  max?: number;
  options?: string[];
};

/** The fields of an instrument's input, from its JSON Schema (nullable wrappers unwrapped). */
function fieldsOf(instrument: Instrument): Field[] {
  const schema = z.toJSONSchema(instrument.input, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
  };
  return Object.entries(schema.properties ?? {}).map(([key, raw]) => {
    const s = raw.anyOf?.find((x) => x.type !== 'null') ?? raw;
    if (s.type === 'boolean') return { key, kind: 'bool' };
    if (s.enum) return { key, kind: 'enum', options: s.enum };
    if (
      s.type === 'integer' &&
      s.minimum !== undefined &&
      s.maximum !== undefined &&
      s.maximum - s.minimum <= 10
    )
      return { key, kind: 'choice', min: s.minimum, max: s.maximum };
    return { key, kind: 'number', min: s.minimum, max: s.maximum };
  });
}

/** A result without a total (CAM-ICU "unable to assess") shows its label alone, never a number. */
const resultText = (total: number | null, label: string) => (total === null ? label : `${total} · ${label}`);

export function AssessmentCard({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
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
  const list = useQuery({
    queryKey: ['postop-assessments', caseId],
    queryFn: () =>
      api.get<{
        items: {
          id: string;
          instrument: string;
          at: string;
          complete: boolean;
          total: number | null;
          result: {
            bandLabel?: { zh: string; en: string };
            recommendations?: { code: string; text: { zh: string; en: string } }[];
          };
        }[];
      }>(`/api/v1/cases/${caseId}/postop-assessments`),
  });
  const label = (key: string) => {
    const specific = form === 'phq9' || form === 'gad7' ? `visit.${form}.${key}` : `assess.f.${key}`;
    return isMessageKey(specific) ? t(specific) : key;
  };
  const option = (v: string) => {
    const k = `assess.o.${v}`;
    return isMessageKey(k) ? t(k) : v;
  };
  const save = async () => {
    try {
      await api.post(`/api/v1/cases/${caseId}/postop-assessments`, {
        instrument: form,
        at: new Date().toISOString(),
        input: values,
      });
      message.success(t('assess.saved'));
      setValues({});
      await client.invalidateQueries({ queryKey: ['postop-assessments', caseId] });
      await client.invalidateQueries({ queryKey: ['complications', caseId] });
      await client.invalidateQueries({ queryKey: ['postop-summary', caseId] });
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
        <Button type="primary" style={{ marginTop: 8 }} onClick={save} data-testid="assess-save">
          {t('assess.save')}
        </Button>
      )}
      <div style={{ marginTop: 8 }}>
        <Typography.Text strong>{t('assess.recent')}</Typography.Text>
        {(list.data?.items ?? []).slice(0, 8).map((a) => (
          <div key={a.id} style={{ fontSize: 12 }}>
            {fmtDateTime(a.at)} · {formOf(a.instrument as PostopForm)?.names[lang] ?? a.instrument} ·{' '}
            {a.complete ? resultText(a.total, a.result.bandLabel?.[lang] ?? '') : '—'}
            {(a.result.recommendations ?? []).map((r) => (
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

type Summary = {
  psychRepeatDue: boolean;
  pacuMinutes: number | null;
  pacuDelayed: boolean;
  firstPacuTemperature: number | null;
  pacuHypothermia: boolean | null;
  dischargeReady: boolean | null;
  unplannedReintubation6h: boolean;
  unplannedIcu: boolean;
};

export function PacuCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const client = useQueryClient();
  const s = useQuery({
    queryKey: ['postop-summary', caseId],
    queryFn: () => api.get<Summary>(`/api/v1/cases/${caseId}/postop-summary`),
  }).data;
  const event = async (code: string) => {
    await api.post(`/api/v1/cases/${caseId}/pacu-events`, { code, at: new Date().toISOString() });
    await client.invalidateQueries({ queryKey: ['postop-summary', caseId] });
  };
  const tags = s
    ? [
        s.pacuMinutes !== null && <Tag key="stay">{t('pacu.stay', { n: Math.round(s.pacuMinutes) })}</Tag>,
        s.pacuDelayed && (
          <Tag key="delay" color="orange">
            {t('pacu.delayed')}
          </Tag>
        ),
        s.firstPacuTemperature !== null && (
          <Tag key="temp">{t('pacu.firstTemp', { t: s.firstPacuTemperature })}</Tag>
        ),
        s.pacuHypothermia && (
          <Tag key="hypo" color="orange">
            {t('pacu.hypothermia')}
          </Tag>
        ),
        s.dischargeReady && (
          <Tag key="ready" color="green">
            {t('pacu.ready')}
          </Tag>
        ),
        s.unplannedReintubation6h && (
          <Tag key="reint" color="red">
            {t('pacu.reintubation')}
          </Tag>
        ),
        s.unplannedIcu && (
          <Tag key="icu" color="red">
            {t('pacu.unplannedIcu')}
          </Tag>
        ),
      ].filter(Boolean)
    : [];
  return (
    <Card size="small" title={t('pacu.title')} style={{ marginBottom: 12 }} data-testid="pacu-summary">
      <Space wrap>
        {tags.length ? tags : <Typography.Text type="secondary">{t('pacu.none')}</Typography.Text>}
      </Space>
      {can('observation.write') && (
        <Space style={{ marginTop: 8 }}>
          <Button size="small" onClick={() => event('extubation')}>
            {t('pacu.extubation')}
          </Button>
          <Button size="small" danger onClick={() => event('reintubation_unplanned')}>
            {t('pacu.reintubate')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
