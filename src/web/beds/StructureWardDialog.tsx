// Adds a ward or changes one: its code (fixed once created), names, nurse staffing limit and order.
import { Form, Input, InputNumber } from 'antd';
import { type StructureWard, WARD_CODE, type WardInput } from '../../api/beds-structure';
import { useI18n } from '../shared/i18n';
import { StructureDialog } from './StructureDialog';
import { useSaveWard } from './structure.resource';
import { useStructureText } from './structure-messages';

type Values = {
  code: string;
  name: string;
  nameEn?: string | null;
  staffingLimit?: number | null;
  sortOrder?: number | null;
};

const valuesOf = (w: StructureWard): Values => ({
  code: w.code,
  name: w.name,
  nameEn: w.nameEn,
  staffingLimit: w.staffingLimit,
  sortOrder: w.sortOrder,
});

export function StructureWardDialog({ ward, onClose }: { ward: StructureWard | null; onClose: () => void }) {
  const { t } = useI18n();
  const s = useStructureText();
  const [form] = Form.useForm<Values>();
  const save = useSaveWard(ward?.id ?? null);
  const labels = {
    code: s('structure.ward.code'),
    name: s('structure.ward.name'),
    nameEn: s('structure.ward.nameEn'),
    staffingLimit: s('structure.ward.staffingLimit'),
    sortOrder: s('structure.ward.sortOrder'),
  };
  const toBody = (v: Values): WardInput => ({
    code: ward ? ward.code : v.code.trim(),
    name: v.name,
    nameEn: v.nameEn?.trim() ? v.nameEn : null,
    staffingLimit: v.staffingLimit ?? null,
    sortOrder: v.sortOrder ?? 0,
  });
  return (
    <StructureDialog
      title={ward ? `${s('structure.ward.edit')} · ${ward.code}` : s('structure.ward.add')}
      record={ward}
      form={form}
      labels={labels}
      toBody={toBody}
      toValues={valuesOf}
      save={({ code, ...fields }, version) =>
        save.mutateAsync(version === null ? { code, ...fields } : { ...fields, version })
      }
      onClose={onClose}
      testId="structure-ward-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        size="small"
        initialValues={ward ? valuesOf(ward) : { sortOrder: 0 }}
      >
        <Form.Item
          name="code"
          label={labels.code}
          extra={s('structure.ward.codeHelp')}
          rules={[
            { required: true, message: t('form.required') },
            { pattern: WARD_CODE, message: s('structure.ward.codeFormat') },
          ]}
        >
          <Input disabled={ward !== null} maxLength={32} data-testid="structure-ward-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={labels.name}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={60} data-testid="structure-ward-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={labels.nameEn}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="staffingLimit" label={labels.staffingLimit} extra={s('structure.ward.staffingHelp')}>
          <InputNumber min={1} max={999} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="sortOrder" label={labels.sortOrder}>
          <InputNumber min={0} max={9999} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </StructureDialog>
  );
}
