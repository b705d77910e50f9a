// Tab 人员配置: a year's head-counts of the seven staff categories the ratio indicators read (AQI-DNR-01,
// AQI-ACC-02, 2015-01), read and saved as a whole; a category not yet reported is empty, never 0.
import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, InputNumber, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { StaffingInput, StaffingResponse } from '../../api/quality';
import { STAFF_CATEGORIES, STAFF_CATEGORY_LABELS, type StaffCategory } from '../../domain/quality/staffing';
import { errorText, fieldErrorsOf } from '../shared/error-text';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { errorMessage } from '../shared/use-attempt';
import { useSaveStaffing, useStaffing } from './quality.resource';

type Counts = Record<StaffCategory, number | null>;

const countsOf = (s: StaffingResponse): Counts =>
  Object.fromEntries(STAFF_CATEGORIES.map((c) => [c, s.counts[c] ?? null])) as Counts;

/** Every category entered: the input the route takes; null while one is empty. */
const inputOf = (counts: Counts): StaffingInput | null =>
  STAFF_CATEGORIES.every((c) => counts[c] !== null)
    ? { counts: Object.fromEntries(STAFF_CATEGORIES.map((c) => [c, counts[c]])) as StaffingInput['counts'] }
    : null;

function StaffingForm({ year, saved }: { year: number; saved: StaffingResponse }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const save = useSaveStaffing(year);
  const [counts, setCounts] = useState<Counts>(() => countsOf(saved));
  const [tried, setTried] = useState(false);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const label = (c: StaffCategory) => STAFF_CATEGORY_LABELS[c][locale];
  const submit = async () => {
    setTried(true);
    const body = inputOf(counts);
    if (!body) return;
    try {
      await save.mutateAsync(body);
      setServerFields({});
      message.success(t('form.saved'));
    } catch (e) {
      setServerFields(fieldErrorsOf(e));
      message.error(
        errorText(e, t, locale, (path) => {
          const c = STAFF_CATEGORIES.find((k) => path === `counts.${k}`);
          return c ? label(c) : null;
        }),
      );
    }
  };
  return (
    <Form layout="horizontal" labelCol={{ span: 10 }} wrapperCol={{ span: 14 }} style={{ maxWidth: 620 }}>
      {STAFF_CATEGORIES.map((c) => {
        const problem =
          serverFields[`counts.${c}`] ?? (tried && counts[c] === null ? t('form.required') : null);
        return (
          <Form.Item
            key={c}
            label={label(c)}
            required
            validateStatus={problem ? 'error' : undefined}
            help={problem ?? undefined}
          >
            <InputNumber
              min={0}
              max={9999}
              precision={0}
              value={counts[c]}
              onChange={(v) => setCounts((prev) => ({ ...prev, [c]: v ?? null }))}
              suffix={t('qc.staffing.persons')}
              style={{ width: 160 }}
              data-testid={`qc-staffing-${c}`}
            />
          </Form.Item>
        );
      })}
      <Form.Item wrapperCol={{ offset: 10, span: 14 }}>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={save.isPending}
          onClick={submit}
          data-testid="qc-staffing-save"
        >
          {t('form.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}

export function StaffingPanel({ initialYear }: { initialYear: number }) {
  const { t } = useI18n();
  const [year, setYear] = useState(initialYear);
  const staffing = useStaffing(year);
  const s = staffing.data;
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('qc.staffing.title')}
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() > dayjs().year()}
            onChange={(d) => d && setYear(d.year())}
            aria-label={t('qc.staffing.year')}
            data-testid="qc-staffing-year"
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('qc.staffing.help')}</Typography.Paragraph>
      {staffing.isLoading && <Loading />}
      {staffing.error && <Alert type="error" showIcon title={errorMessage(staffing.error, t)} />}
      {s && (
        <>
          <Typography.Paragraph data-testid="qc-staffing-source">
            {s.source === null
              ? t('qc.staffing.notYet', { year })
              : t('qc.staffing.source', {
                  source: t(`qc.staffing.source.${s.source}`),
                  time: fmtDateTime(s.updatedAt),
                })}
          </Typography.Paragraph>
          <StaffingForm key={`${year}-${s.updatedAt ?? ''}`} year={year} saved={s} />
        </>
      )}
    </Card>
  );
}
