// Correcting a drug entry: the drug (a wrong one picked), the dose or rate, when it was given, and a
// stopped infusion's end; or voiding it. Only what differs is sent, with the reason.
import { Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord, DrugEdit } from '../../api/anesthesia';
import { DRUGS } from '../../domain/anesthesia/drug-catalogue';
import { useI18n } from '../shared/i18n';
import type { TimeValue } from '../shared/TimeOfDayInput';
import { CorrectionDialog } from './CorrectionDialog';
import { CorrectionTimeField } from './CorrectionTimeField';
import { editDrug, voidEntry } from './record.resource';
import { caseSpan } from './record-span';

type Drug = AnesthesiaRecord['drugs'][number];

export function DrugEditDialog({
  caseId,
  rec,
  drug,
  action,
  onClose,
  onDone,
}: {
  caseId: string;
  rec: AnesthesiaRecord;
  drug: Drug;
  action: 'edit' | 'void';
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const bolus = drug.kind === 'bolus';
  const [code, setCode] = useState(drug.drug);
  const [amount, setAmount] = useState<number | null>(bolus ? drug.dose : drug.rate);
  const [start, setStart] = useState<TimeValue>(Date.parse(drug.startAt));
  const [end, setEnd] = useState<TimeValue>(drug.endAt ? Date.parse(drug.endAt) : null);
  const span = caseSpan(rec);
  const what = `${drug.name} ${bolus ? drug.dose : drug.rate} ${drug.unit}`;
  const submit = async (reason: string) => {
    if (action === 'void') {
      await voidEntry(caseId, 'drug', drug.id, { version: drug.version, reason });
    } else {
      const body: DrugEdit = { version: drug.version, reason };
      if (code !== drug.drug) body.drug = code;
      if (amount !== null && amount !== (bolus ? drug.dose : drug.rate))
        body[bolus ? 'dose' : 'rate'] = amount;
      if (typeof start === 'number' && start !== Date.parse(drug.startAt))
        body.startAt = new Date(start).toISOString();
      if (drug.endAt && typeof end === 'number' && end !== Date.parse(drug.endAt))
        body.endAt = new Date(end).toISOString();
      await editDrug(caseId, drug.id, body);
    }
    await onDone();
  };
  return (
    <CorrectionDialog
      title={t(action === 'void' ? 'record.voidTitle' : 'record.correctTitle', { what })}
      action={action}
      onClose={onClose}
      onSubmit={submit}
      okDisabled={action === 'edit' && (amount === null || start === 'invalid' || end === 'invalid')}
    >
      {(errors) =>
        action === 'edit' && (
          <>
            <Form.Item
              label={t('record.drug')}
              validateStatus={errors.drug ? 'error' : undefined}
              help={errors.drug}
            >
              <Select
                showSearch
                value={code}
                onChange={setCode}
                optionFilterProp="label"
                options={DRUGS.map((d) => ({
                  value: d.code,
                  label: `${d.label['zh-CN']} ${d.label['en-US']}`,
                }))}
              />
            </Form.Item>
            <Form.Item
              label={bolus ? t('record.dose') : t('record.rate')}
              htmlFor="correction-amount"
              validateStatus={errors.dose || errors.rate ? 'error' : undefined}
              help={errors.dose ?? errors.rate}
            >
              <InputNumber
                id="correction-amount"
                min={0}
                value={amount}
                onChange={(v) => setAmount(typeof v === 'number' ? v : null)}
                suffix={DRUGS.find((d) => d.code === code)?.unit}
                data-testid="correction-amount"
              />
            </Form.Item>
            <CorrectionTimeField
              id="correction-start"
              label={t('record.startAt')}
              error={errors.startAt}
              value={start}
              onChange={setStart}
              span={span}
            />
            {drug.endAt && (
              <CorrectionTimeField
                id="correction-end"
                label={t('record.endAt')}
                error={errors.endAt}
                value={end}
                onChange={setEnd}
                span={span}
              />
            )}
          </>
        )
      }
    </CorrectionDialog>
  );
}
