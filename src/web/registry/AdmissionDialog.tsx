import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { admissionInput } from '../../domain/registry/schemas';
import { ApiError } from '../shared/api';
import { useWards } from '../shared/directory.resource';
import { enterMovesOn } from '../shared/enter-moves-on';
import { useI18n } from '../shared/i18n';
import { applyServerFields, zodRule } from '../shared/zod-form';
import { useAddAdmission } from './patient.resource';

type Values = {
  wardId: string;
  bedId?: string;
  admittedAt: Dayjs;
  dischargedAt?: Dayjs;
  attendingDoctor: string;
};

export function AdmissionDialog({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const wards = useWards();
  const admit = useAddAdmission(patientId);
  const wardId = Form.useWatch('wardId', form);
  const beds = wards.data?.items.find((w) => w.id === wardId)?.beds ?? [];
  const shape = admissionInput.shape;

  const save = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      await admit.mutateAsync({
        patientId,
        wardId: v.wardId,
        bedId: v.bedId ?? null,
        admittedAt: v.admittedAt.toISOString(),
        dischargedAt: v.dischargedAt ? v.dischargedAt.toISOString() : null,
        attendingDoctor: v.attendingDoctor,
      });
      message.success(t('form.saved'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError) {
        applyServerFields(form, e.body.fields);
        setError(e.body.message);
      } else setError(t('app.error.network'));
    }
  };

  return (
    <Modal
      open
      title={t('patient.addAdmission')}
      onOk={save}
      onCancel={onClose}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ admittedAt: dayjs() }} onKeyDown={enterMovesOn}>
        <Form.Item
          name="wardId"
          label={t('admission.ward')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={wards.data?.items.map((w) => ({ value: w.id, label: w.name }))} />
        </Form.Item>
        <Form.Item name="bedId" label={t('admission.bed')}>
          <Select allowClear showSearch options={beds.map((b) => ({ value: b.id, label: b.code }))} />
        </Form.Item>
        <Form.Item
          name="admittedAt"
          label={t('admission.admittedAt')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dischargedAt" label={t('admission.dischargedAt')}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="attendingDoctor"
          label={t('admission.attendingDoctor')}
          rules={[zodRule(shape.attendingDoctor, locale, { required: true })]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
