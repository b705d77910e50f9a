// Adds a bed or changes one: its number, its room within the ward, whether it is an extra bed (加床) and since
// when, and its retirement (the removal date; never deleted, the census replays its stays).
import { Alert, DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { StructureBed, StructureRoom } from '../../api/beds-structure';
import { useI18n } from '../shared/i18n';
import { StructureDialog } from './StructureDialog';
import { type BedChange, useSaveBed } from './structure.resource';
import { useStructureText } from './structure-messages';

type Values = {
  code: string;
  roomId: string | null;
  extra: boolean;
  placedOn: Dayjs | null;
  removedOn: Dayjs | null;
};

const day = (d: string | null) => (d ? dayjs(d) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const valuesOf = (b: StructureBed): Values => ({
  code: b.code,
  roomId: b.roomId,
  extra: b.extra,
  placedOn: day(b.placedOn),
  removedOn: day(b.removedOn),
});

export function StructureBedDialog({
  wardId,
  rooms,
  bed,
  roomId,
  today,
  onClose,
}: {
  wardId: string;
  /** The ward's rooms. */
  rooms: StructureRoom[];
  bed: StructureBed | null;
  /** The room a new bed goes into. */
  roomId: string | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const s = useStructureText();
  const [form] = Form.useForm<Values>();
  const save = useSaveBed(bed?.id ?? null);
  const extra = Form.useWatch('extra', form);
  const labels = {
    code: s('structure.bed.code'),
    roomId: s('structure.bed.room'),
    extra: s('structure.bed.extra'),
    placedOn: s('structure.bed.placedOn'),
    removedOn: s('structure.bed.removedOn'),
  };
  const toBody = (v: Values): Omit<BedChange, 'version'> => ({
    code: v.code.trim(),
    roomId: v.roomId ?? null,
    extra: v.extra,
    placedOn: iso(v.placedOn),
    removedOn: iso(v.removedOn),
  });
  return (
    <StructureDialog
      title={bed ? `${s('structure.bed.edit')} · ${bed.code}` : s('structure.bed.add')}
      record={bed}
      form={form}
      labels={labels}
      toBody={toBody}
      toValues={valuesOf}
      save={({ removedOn, ...fields }, version) =>
        save.mutateAsync(version === null ? { wardId, ...fields } : { ...fields, removedOn, version })
      }
      onClose={onClose}
      testId="structure-bed-dialog"
    >
      {bed?.occupied && (
        <Alert type="info" showIcon title={s('structure.bed.occupiedHelp')} style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        size="small"
        initialValues={
          bed ? valuesOf(bed) : { code: '', roomId, extra: false, placedOn: null, removedOn: null }
        }
      >
        <Form.Item
          name="code"
          label={labels.code}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={16} data-testid="structure-bed-code" />
        </Form.Item>
        <Form.Item name="roomId" label={labels.roomId}>
          <Select
            style={{ width: 200 }}
            options={[
              { value: null, label: s('structure.none') },
              ...rooms.map((r) => ({ value: r.id, label: r.code })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="extra"
          label={labels.extra}
          valuePropName="checked"
          extra={s('structure.bed.extraHelp')}
        >
          <Switch data-testid="structure-bed-extra" />
        </Form.Item>
        <Form.Item
          name="placedOn"
          label={labels.placedOn}
          rules={extra ? [{ required: true, message: t('form.required') }] : []}
        >
          <DatePicker data-testid="structure-bed-placed" />
        </Form.Item>
        {bed && (
          <Form.Item name="removedOn" label={labels.removedOn} extra={s('structure.bed.removedHelp')}>
            <DatePicker
              disabledDate={(d) => d.format('YYYY-MM-DD') > today}
              data-testid="structure-bed-removed"
            />
          </Form.Item>
        )}
      </Form>
    </StructureDialog>
  );
}
