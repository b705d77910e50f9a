// Adds a room to a ward or changes one: its number, the sex it takes, isolation and monitored (高危/监护) beds.
import { Form, Input, Select, Space, Switch } from 'antd';
import { ROOM_SEXES, type RoomInput, type RoomSex, type StructureRoom } from '../../api/beds-structure';
import { useI18n } from '../shared/i18n';
import { StructureDialog } from './StructureDialog';
import { useSaveRoom } from './structure.resource';
import { useStructureText } from './structure-messages';

type Values = { code: string; sex: RoomSex; isolationCapable: boolean; monitored: boolean };

const valuesOf = (r: StructureRoom): Values => ({
  code: r.code,
  sex: r.sex,
  isolationCapable: r.isolationCapable,
  monitored: r.monitored,
});

export function StructureRoomDialog({
  wardId,
  room,
  onClose,
}: {
  wardId: string;
  room: StructureRoom | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const s = useStructureText();
  const [form] = Form.useForm<Values>();
  const save = useSaveRoom(room?.id ?? null);
  const labels = {
    code: s('structure.room.code'),
    sex: s('structure.room.sex'),
    isolationCapable: s('structure.room.isolation'),
    monitored: s('structure.room.monitored'),
  };
  const toBody = (v: Values): RoomInput => ({ wardId, ...v, code: v.code.trim() });
  return (
    <StructureDialog
      title={room ? `${s('structure.room.edit')} · ${room.code}` : s('structure.room.add')}
      record={room}
      form={form}
      labels={labels}
      toBody={toBody}
      toValues={valuesOf}
      save={({ wardId: ward, ...fields }, version) =>
        save.mutateAsync(version === null ? { wardId: ward, ...fields } : { ...fields, version })
      }
      onClose={onClose}
      testId="structure-room-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        size="small"
        initialValues={room ? valuesOf(room) : { sex: 'mixed', isolationCapable: false, monitored: false }}
      >
        <Form.Item
          name="code"
          label={labels.code}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={16} data-testid="structure-room-code" />
        </Form.Item>
        <Form.Item name="sex" label={labels.sex} rules={[{ required: true, message: t('form.required') }]}>
          <Select
            style={{ width: 160 }}
            options={ROOM_SEXES.map((x) => ({ value: x, label: s(`structure.room.sex.${x}`) }))}
          />
        </Form.Item>
        <Space size="large">
          <Form.Item name="isolationCapable" label={labels.isolationCapable} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="monitored" label={labels.monitored} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </StructureDialog>
  );
}
