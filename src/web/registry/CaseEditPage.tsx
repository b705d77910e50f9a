import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Case } from '../../api/registry';
import { caseInput } from '../../domain/registry/schemas';
import {
  ANESTHESIA_METHOD_LABELS,
  ANESTHESIA_METHODS,
  APPROACH_LABELS,
  APPROACHES,
  GRADE_LABELS,
  SURGERY_GRADES,
  URGENCIES,
  URGENCY_LABELS,
} from '../../domain/registry/vocabulary';
import { ApiError } from '../shared/api';
import { type Conflict, ConflictDialog } from '../shared/ConflictDialog';
import { useCase } from '../shared/case.resource';
import { useOrRooms } from '../shared/directory.resource';
import { enterMovesOn } from '../shared/enter-moves-on';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { PatientBanner } from '../shared/PatientBanner';
import { applyServerFields, zodRule } from '../shared/zod-form';
import { CaseCodingFields } from './CaseCodingFields';
import { CaseStaffFields } from './CaseStaffFields';
import { useSaveCase } from './case.resource';
import { CASE_FORM_FIELDS, type CaseFormValues, toBody, toValues } from './case-form';
import { usePatientChart } from './patient.resource';

export default function CaseEditPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t, lang, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CaseFormValues>();
  const [version, setVersion] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [latest, setLatest] = useState<Case | null>(null);

  const existing = useCase(id ?? '', { enabled: !!id });
  const patientId = existing.data?.patientId ?? params.get('patientId') ?? '';
  const patient = usePatientChart(patientId, { enabled: !!patientId });
  const rooms = useOrRooms();
  const saveCase = useSaveCase(id);
  useEffect(() => {
    if (existing.data && version === null) {
      form.setFieldsValue(toValues(existing.data));
      setVersion(existing.data.version);
    }
  }, [existing.data, form, version]);
  if ((id && existing.isLoading) || patient.isLoading) return <Loading />;
  if (!patientId || !patient.data) return <Alert type="error" title={t('notFound.text')} />;

  const shape = caseInput.shape;
  const labels: Record<string, string> = {
    admissionId: t('case.admission'),
    diagnosisCode: t('case.diagnosisCode'),
    diagnosisText: t('case.diagnosisText'),
    procedureCode: t('case.procedureCode'),
    procedureText: t('case.procedureText'),
    grade: t('case.grade'),
    approach: t('case.approach'),
    urgency: t('case.urgency'),
    plannedAnesthesia: t('case.plannedAnesthesia'),
    orRoom: t('case.orRoom'),
    scheduledStart: t('case.scheduledStart'),
    surgeon: t('case.surgeon'),
    assistants: t('case.assistants'),
    anesthesiologists: t('case.anesthesiologists'),
    nurses: t('case.nurses'),
  };

  const save = async (values: CaseFormValues) => {
    setError(null);
    const body = toBody(patientId, values);
    try {
      const saved = await saveCase.mutateAsync({ body, version });
      message.success(t('form.saved'));
      navigate(`/cases/${saved.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'version_conflict' && e.body.latest) {
        const theirs = e.body.latest as Case;
        setLatest(theirs);
        setConflict({
          mine: { ...body, scheduledStart: fmtDateTime(body.scheduledStart) },
          theirs: { ...theirs, scheduledStart: fmtDateTime(theirs.scheduledStart) },
        });
      } else if (e instanceof ApiError) {
        applyServerFields(form, e.body.fields);
        setError(e.body.message);
      } else setError(t('app.error.network'));
    }
  };
  const text = (name: keyof typeof shape, required = true, testId?: string) => (
    <Form.Item name={name} label={labels[name]} rules={[zodRule(shape[name], locale, { required })]}>
      <Input data-testid={testId ?? `case-form-${name}`} />
    </Form.Item>
  );

  return (
    <div>
      <PatientBanner p={patient.data} />
      <Card title={id ? t('case.edit') : t('case.create')}>
        {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="form-error" />}
        <Form
          form={form}
          layout="vertical"
          onFinish={save}
          onKeyDown={enterMovesOn}
          initialValues={{
            grade: 3,
            approach: 'vats',
            urgency: 'elective',
            plannedAnesthesia: 'general_tube',
            assistants: [],
            anesthesiologists: [],
            nurses: [],
          }}
        >
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="admissionId" label={labels.admissionId}>
                <Select
                  allowClear
                  options={patient.data.admissions.map((a) => ({
                    value: a.id,
                    label: `${a.wardName ?? ''} ${fmtDateTime(a.admittedAt)}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={16} />
            <CaseCodingFields labels={labels} nameField={(name) => text(name)} />
            <Col span={6}>
              <Form.Item
                name="grade"
                label={labels.grade}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select options={SURGERY_GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g][lang] }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="approach"
                label={labels.approach}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select options={APPROACHES.map((a) => ({ value: a, label: APPROACH_LABELS[a][lang] }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="urgency"
                label={labels.urgency}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u][lang] }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="plannedAnesthesia"
                label={labels.plannedAnesthesia}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select
                  options={ANESTHESIA_METHODS.map((m) => ({
                    value: m,
                    label: ANESTHESIA_METHOD_LABELS[m][lang],
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="orRoom"
                label={labels.orRoom}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select options={rooms.data?.items.map((r) => ({ value: r.code, label: r.name }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="scheduledStart"
                label={labels.scheduledStart}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <CaseStaffFields
              labels={labels}
              booked={existing.data?.surgeonUserId ? null : (existing.data?.surgeon ?? null)}
            />
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="case-form-submit">
              {t('form.save')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('form.cancel')}</Button>
          </Space>
        </Form>
        <ConflictDialog
          conflict={conflict}
          fields={CASE_FORM_FIELDS}
          labels={labels}
          onUseTheirs={() => {
            if (latest) {
              form.setFieldsValue(toValues(latest));
              setVersion(latest.version);
            }
            setConflict(null);
          }}
          onKeepMine={() => {
            if (conflict) setVersion(conflict.theirs.version);
            setConflict(null);
          }}
        />
      </Card>
    </div>
  );
}
