import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Patient } from '../../api/registry';
import { factsFromIdCard, identityMismatches } from '../../domain/registry/identity';
import { type PatientInput, patientInput } from '../../domain/registry/schemas';
import { SEX_LABELS, SEXES, type Sex } from '../../domain/registry/vocabulary';
import { ApiError } from '../shared/api';
import { type Conflict, ConflictDialog } from '../shared/ConflictDialog';
import { enterMovesOn } from '../shared/enter-moves-on';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { applyServerFields, formFailures, namedFieldErrors, zodRule } from '../shared/zod-form';
import { idCardFactsText, identityMismatchText } from './identity-text';
import { usePatientChart, useSavePatient } from './patient.resource';

const FIELDS = ['mrn', 'name', 'sex', 'birthDate', 'phone', 'idCard', 'province', 'city'] as const;
type Values = Omit<Record<(typeof FIELDS)[number], string>, 'birthDate' | 'sex'> & {
  sex: Sex;
  /** Empty only for a person the history import loaded without one; the form requires it before saving. */
  birthDate: Dayjs | undefined;
};

const toBody = (v: Values): PatientInput => ({
  mrn: v.mrn,
  name: v.name,
  sex: v.sex,
  birthDate: v.birthDate?.format('YYYY-MM-DD') ?? '',
  phone: v.phone || null,
  idCard: v.idCard || null,
  province: v.province || null,
  city: v.city || null,
});
const toValues = (p: Patient): Values => ({
  mrn: p.mrn,
  name: p.name,
  sex: p.sex as Sex,
  birthDate: p.birthDate === null ? undefined : dayjs(p.birthDate),
  phone: p.phone ?? '',
  idCard: p.idCard ?? '',
  province: p.province ?? '',
  city: p.city ?? '',
});

export default function PatientEditPage() {
  const { id } = useParams();
  const { t, locale, lang } = useI18n();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [version, setVersion] = useState<number | null>(null);
  const [error, setError] = useState<{ title: string; fields?: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const existing = usePatientChart(id ?? '', { enabled: !!id });
  const savePatient = useSavePatient(id);
  const idFacts = factsFromIdCard(Form.useWatch('idCard', form));
  useEffect(() => {
    if (existing.data && version === null) {
      form.setFieldsValue(toValues(existing.data));
      setVersion(existing.data.version);
    }
  }, [existing.data, form, version]);
  if (id && existing.isLoading) return <Loading />;

  const shape = patientInput.shape;
  const labels: Record<string, string> = {
    mrn: t('patient.mrn'),
    name: t('patient.name'),
    sex: t('patient.sex'),
    birthDate: t('patient.birthDate'),
    phone: t('patient.phone'),
    idCard: t('patient.idCard'),
    province: t('patient.province'),
    city: t('patient.city'),
  };

  // A valid ID number fills the birth date and sex not yet entered (on a new form the default sex
  // counts as not entered); a value already entered stays, and saving asks about the difference.
  const fillFromIdCard = (value: string) => {
    const facts = factsFromIdCard(value);
    if (!facts) return;
    const mayFill = (field: 'birthDate' | 'sex') =>
      !form.getFieldValue(field) || (!id && !form.isFieldTouched(field));
    if (mayFill('birthDate')) form.setFieldValue('birthDate', dayjs(facts.birthDate));
    if (mayFill('sex')) form.setFieldValue('sex', facts.sex);
  };

  const confirmThenSave = (values: Values) => {
    const mismatches = identityMismatches(values.idCard, {
      birthDate: values.birthDate?.format('YYYY-MM-DD'),
      sex: values.sex,
    });
    if (mismatches.length === 0) return save(values);
    modal.confirm({
      title: t('patient.identity.title'),
      content: <span data-testid="identity-mismatch">{identityMismatchText(mismatches, t, lang)}</span>,
      okText: t('patient.identity.saveAnyway'),
      cancelText: t('patient.identity.review'),
      onOk: () => save(values),
    });
  };

  const save = async (values: Values) => {
    setError(null);
    const body = toBody(values);
    try {
      const saved = await savePatient.mutateAsync({ body, version });
      message.success(t('form.saved'));
      navigate(`/patients/${saved.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'version_conflict' && e.body.latest) {
        setConflict({ mine: body, theirs: e.body.latest as Patient });
      } else if (e instanceof ApiError) {
        applyServerFields(form, e.body.fields);
        const named = namedFieldErrors(e.body.fields, labels, locale);
        setError({ title: e.body.message, ...(named ? { fields: named } : {}) });
      } else setError({ title: t('app.error.network') });
    }
  };

  return (
    <Card title={id ? t('patient.edit') : t('patient.create')} style={{ maxWidth: 880 }}>
      {error && (
        <Alert
          type="error"
          title={error.title}
          description={error.fields}
          style={{ marginBottom: 12 }}
          data-testid="form-error"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={confirmThenSave}
        onFinishFailed={({ errorFields }) =>
          message.error(namedFieldErrors(formFailures(errorFields), labels, locale))
        }
        onKeyDown={enterMovesOn}
        initialValues={{ sex: 'male' }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="mrn" label={labels.mrn} rules={[zodRule(shape.mrn, locale, { required: true })]}>
              <Input data-testid="patient-form-mrn" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="name"
              label={labels.name}
              rules={[zodRule(shape.name, locale, { required: true })]}
            >
              <Input data-testid="patient-form-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="idCard"
              label={labels.idCard}
              rules={[zodRule(shape.idCard, locale)]}
              extra={idFacts && <span data-testid="id-card-facts">{idCardFactsText(idFacts, t, lang)}</span>}
            >
              <Input data-testid="patient-form-idCard" onChange={(e) => fillFromIdCard(e.target.value)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="sex"
              label={labels.sex}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select options={SEXES.map((s) => ({ value: s, label: SEX_LABELS[s][lang] }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="birthDate"
              label={labels.birthDate}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label={labels.phone} rules={[zodRule(shape.phone, locale)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="province" label={labels.province} rules={[zodRule(shape.province, locale)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="city" label={labels.city} rules={[zodRule(shape.city, locale)]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="patient-form-submit">
            {t('form.save')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('form.cancel')}</Button>
        </Space>
      </Form>
      <ConflictDialog
        conflict={conflict}
        fields={FIELDS}
        labels={labels}
        onUseTheirs={() => {
          if (!conflict) return;
          form.setFieldsValue(toValues(conflict.theirs as unknown as Patient));
          setVersion(conflict.theirs.version);
          setConflict(null);
        }}
        onKeepMine={() => {
          if (!conflict) return;
          setVersion(conflict.theirs.version);
          setConflict(null);
        }}
      />
    </Card>
  );
}
