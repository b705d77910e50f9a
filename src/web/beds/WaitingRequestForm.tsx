// Booking a bed (待入院): the patient, the planned admission and surgery, the procedure (from the hospital
// dictionary, with its grade), isolation and monitored-bed needs, the requested ward or surgical team, the
// priority and, when known better than the history's median, the expected length of stay. Also edits one.
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { BedRequest } from '../../api/beds';
import { CodePicker } from '../registry/CodePicker';
import { ApiError } from '../shared/api';
import { useWards } from '../shared/directory.resource';
import { errorText } from '../shared/error-text';
import { useI18n } from '../shared/i18n';
import { usePatientPicker } from '../shared/patient-picker.resource';
import { applyServerFields } from '../shared/zod-form';
import { useSaveRequest } from './board.resource';

type Values = {
  patientId?: string;
  plannedAdmissionOn?: Dayjs;
  plannedSurgeryOn?: Dayjs | null;
  procedureCode?: string | null;
  procedureName?: string | null;
  procedureGrade?: number | null;
  isolation: boolean;
  needsMonitored: boolean;
  monitoredDays?: number | null;
  requestedWardId?: string | null;
  surgicalTeam?: string | null;
  priority: 'urgent' | 'normal';
  expectedLos?: number | null;
  note?: string | null;
};

const day = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
const text = (s: string | null | undefined): string | null => s?.trim() || null;

export function WaitingRequestForm({
  request,
  onClose,
}: {
  request: BedRequest | null;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveRequest();
  const wards = useWards();
  const [q, setQ] = useState('');
  const patients = usePatientPicker(q, { enabled: q.length > 0 });
  const needsMonitored = Form.useWatch('needsMonitored', form);
  const labels: Record<string, string> = {
    patientId: t('beds.board.req.patient'),
    plannedAdmissionOn: t('beds.board.req.plannedAdmission'),
    plannedSurgeryOn: t('beds.board.req.plannedSurgery'),
    procedureCode: t('beds.board.req.procedureCode'),
    procedureName: t('beds.board.req.procedureName'),
    procedureGrade: t('beds.board.req.grade'),
    monitoredDays: t('beds.board.req.monitoredDays'),
    requestedWardId: t('beds.board.req.ward'),
    surgicalTeam: t('beds.board.req.team'),
    priority: t('beds.board.req.priority'),
    expectedLos: t('beds.board.req.los'),
    note: t('beds.board.req.note'),
  };
  const initial: Values = request
    ? {
        patientId: request.patientId,
        plannedAdmissionOn: dayjs(request.plannedAdmissionOn),
        plannedSurgeryOn: request.plannedSurgeryOn ? dayjs(request.plannedSurgeryOn) : null,
        procedureCode: request.procedureCode,
        procedureName: request.procedureName,
        procedureGrade: request.procedureGrade,
        isolation: request.isolation,
        needsMonitored: request.needsMonitored,
        monitoredDays: request.monitoredDays,
        requestedWardId: request.requestedWardId,
        surgicalTeam: request.surgicalTeam,
        priority: request.priority,
        expectedLos: request.losSource === 'entered' ? request.expectedLos : null,
        note: request.note,
      }
    : { isolation: false, needsMonitored: false, priority: 'normal' };
  const submit = async (v: Values) => {
    try {
      await save.mutateAsync({
        id: request?.id ?? null,
        body: {
          patientId: request?.patientId ?? v.patientId!,
          caseId: request?.caseId ?? null,
          plannedAdmissionOn: day(v.plannedAdmissionOn)!,
          plannedSurgeryOn: day(v.plannedSurgeryOn),
          procedureCode: v.procedureCode ?? null,
          procedureName: text(v.procedureName),
          procedureGrade: v.procedureGrade ?? null,
          isolation: v.isolation,
          needsMonitored: v.needsMonitored,
          monitoredDays: v.needsMonitored ? (v.monitoredDays ?? null) : null,
          requestedWardId: v.requestedWardId ?? null,
          surgicalTeam: text(v.surgicalTeam),
          priority: v.priority,
          expectedLos: v.expectedLos ?? null,
          note: text(v.note),
          ...(request ? { version: request.version } : {}),
        },
      });
      message.success(t('form.saved'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError) applyServerFields(form, e.body.fields);
      message.error(errorText(e, t, locale, (path) => labels[path.split('.')[0] ?? path]));
    }
  };
  return (
    <Modal
      open
      width={720}
      title={
        request ? t('beds.board.req.editTitle', { name: request.patientName }) : t('beds.board.req.addTitle')
      }
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okText={t('form.save')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'request-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        data-testid="request-form"
      >
        {request ? (
          <Form.Item label={labels.patientId}>
            <Input disabled value={`${request.patientName} ${request.mrn}`} />
          </Form.Item>
        ) : (
          <Form.Item
            name="patientId"
            label={labels.patientId}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={setQ}
              placeholder={t('beds.board.req.patientPlaceholder')}
              options={(patients.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.name} ${p.mrn}`,
              }))}
              data-testid="request-patient"
            />
          </Form.Item>
        )}
        <Space wrap size="middle">
          <Form.Item
            name="plannedAdmissionOn"
            label={labels.plannedAdmissionOn}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker data-testid="request-plannedAdmissionOn" />
          </Form.Item>
          <Form.Item name="plannedSurgeryOn" label={labels.plannedSurgeryOn}>
            <DatePicker allowClear data-testid="request-plannedSurgeryOn" />
          </Form.Item>
          <Form.Item name="priority" label={labels.priority}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'urgent', label: t('beds.board.priority.urgent') },
                { value: 'normal', label: t('beds.board.priority.normal') },
              ]}
              data-testid="request-priority"
            />
          </Form.Item>
        </Space>
        <Form.Item name="procedureCode" label={labels.procedureCode}>
          <CodePicker
            kind="procedure"
            text={request?.procedureName ?? undefined}
            testId="request-procedureCode"
            onPick={(e) => form.setFieldsValue({ procedureName: e.name, procedureGrade: e.grade })}
          />
        </Form.Item>
        <Space wrap size="middle" align="start">
          <Form.Item name="procedureName" label={labels.procedureName} style={{ minWidth: 320 }}>
            <Input maxLength={200} data-testid="request-procedureName" />
          </Form.Item>
          <Form.Item name="procedureGrade" label={labels.procedureGrade}>
            <Select
              allowClear
              style={{ width: 120 }}
              options={[1, 2, 3, 4].map((g) => ({ value: g, label: t('beds.board.grade', { n: g }) }))}
              data-testid="request-grade"
            />
          </Form.Item>
        </Space>
        <Space wrap size="middle" align="start">
          <Form.Item name="isolation" valuePropName="checked">
            <Checkbox data-testid="request-isolation">{t('beds.board.req.isolation')}</Checkbox>
          </Form.Item>
          <Form.Item name="needsMonitored" valuePropName="checked">
            <Checkbox data-testid="request-monitored">{t('beds.board.req.monitored')}</Checkbox>
          </Form.Item>
          {needsMonitored && (
            <Form.Item name="monitoredDays" label={labels.monitoredDays}>
              <InputNumber min={1} max={60} precision={0} data-testid="request-monitoredDays" />
            </Form.Item>
          )}
        </Space>
        <Space wrap size="middle" align="start">
          <Form.Item name="requestedWardId" label={labels.requestedWardId}>
            <Select
              allowClear
              style={{ width: 200 }}
              options={(wards.data?.items ?? []).map((w) => ({ value: w.id, label: w.name }))}
              data-testid="request-ward"
            />
          </Form.Item>
          <Form.Item name="surgicalTeam" label={labels.surgicalTeam}>
            <Input maxLength={60} data-testid="request-team" />
          </Form.Item>
          <Form.Item name="expectedLos" label={labels.expectedLos} extra={t('beds.board.wait.losClear')}>
            <InputNumber
              min={0}
              max={365}
              precision={0}
              suffix={t('beds.board.wait.days')}
              data-testid="request-los"
            />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={labels.note}>
          <Input maxLength={500} data-testid="request-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
