// A ward's regular open beds over time (ward_open_beds) and the change from a date: the current period ends the
// day before, and the new count may not be below the patients in bed now. Open bed-days, the denominator of
// occupancy, are counted from this history (china-standards.md §3).
import { Button, Card, DatePicker, Form, InputNumber, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { OpenBedPeriod, StructureWard } from '../../api/beds-structure';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { StructureDialog } from './StructureDialog';
import { useChangeOpenBeds } from './structure.resource';
import { useStructureText } from './structure-messages';

type Values = { openBeds: number; validFrom: Dayjs };

function ChangeDialog({ ward, today, onClose }: { ward: StructureWard; today: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const s = useStructureText();
  const [form] = Form.useForm<Values>();
  const change = useChangeOpenBeds(ward.id);
  const latestStart = ward.openBedPeriods[0]?.validFrom ?? null;
  const labels = { openBeds: s('structure.open.count'), validFrom: s('structure.open.validFrom') };
  const name = lang === 'en' && ward.nameEn ? ward.nameEn : ward.name;
  return (
    <StructureDialog
      title={s('structure.open.changeTitle', { ward: name })}
      record={null}
      form={form}
      labels={labels}
      toBody={(v: Values) => ({ openBeds: v.openBeds, validFrom: v.validFrom.format('YYYY-MM-DD') })}
      toValues={() => form.getFieldsValue()}
      save={(body) => change.mutateAsync(body)}
      onClose={onClose}
      testId="structure-open-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        size="small"
        initialValues={{ openBeds: ward.openBeds ?? ward.occupiedNow, validFrom: dayjs(today) }}
      >
        <Form.Item
          name="openBeds"
          label={labels.openBeds}
          extra={s('structure.open.minHelp', { occupied: ward.occupiedNow })}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber
            min={0}
            max={9999}
            precision={0}
            style={{ width: 160 }}
            data-testid="structure-open-count"
          />
        </Form.Item>
        <Form.Item
          name="validFrom"
          label={labels.validFrom}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker
            allowClear={false}
            disabledDate={(d) => latestStart !== null && d.format('YYYY-MM-DD') < latestStart}
            data-testid="structure-open-from"
          />
        </Form.Item>
      </Form>
    </StructureDialog>
  );
}

export function StructureOpenBeds({ ward, today }: { ward: StructureWard; today: string }) {
  const s = useStructureText();
  const [changing, setChanging] = useState(false);
  const current = (p: OpenBedPeriod) =>
    (p.validFrom === null || p.validFrom <= today) && (p.validTo === null || p.validTo >= today);
  const currentId = ward.openBedPeriods.find(current)?.id;
  return (
    <Card
      size="small"
      title={s('structure.open.title')}
      extra={
        <Button
          size="small"
          type="primary"
          onClick={() => setChanging(true)}
          data-testid="structure-open-change"
        >
          {s('structure.open.change')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{s('structure.open.help')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={ward.openBedPeriods}
        locale={{ emptyText: s('structure.open.none') }}
        data-testid="structure-open-history"
        columns={[
          {
            title: s('structure.open.from'),
            render: (_: unknown, p: OpenBedPeriod) => p.validFrom ?? s('structure.open.unbounded'),
          },
          {
            title: s('structure.open.to'),
            render: (_: unknown, p: OpenBedPeriod) => p.validTo ?? s('structure.open.unbounded'),
          },
          {
            title: s('structure.open.count'),
            render: (_: unknown, p: OpenBedPeriod) => (
              <>
                {p.openBeds} {p.id === currentId && <Tag color="blue">{s('structure.ward.openBeds')}</Tag>}
              </>
            ),
          },
          {
            title: s('structure.open.source'),
            render: (_: unknown, p: OpenBedPeriod) => s(`structure.open.source.${p.source}`),
          },
          {
            title: s('structure.open.recorded'),
            render: (_: unknown, p: OpenBedPeriod) => fmtDateTime(p.createdAt),
          },
        ]}
      />
      {changing && <ChangeDialog ward={ward} today={today} onClose={() => setChanging(false)} />}
    </Card>
  );
}
