// The WHO Surgical Safety Checklist (三方核查), phase by phase. A saved answer is changed with a reason
// (over the version shown: someone else's change meanwhile is a conflict, never overwritten) and may be
// withdrawn while its phase has let nothing through; each item shows what it was.
import { Button, Card, Input, Modal, Popover, Radio, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { CHECKLIST, CHECKLIST_PHASES, type ChecklistPhase } from '../../domain/anesthesia/record-vocabulary';
import { CHECKLIST_GATES } from '../../domain/registry/case-gates';
import { CASE_STATUSES } from '../../domain/registry/case-status';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { CorrectionDialog } from './CorrectionDialog';
import { saveChecklist, withdrawAnswer } from './record.resource';
import { useRecordAttempt } from './record-errors';
import type { PanelProps } from './record-panel';

type Answer = 'yes' | 'no' | 'na';
type Correction = AnesthesiaRecord['checklistCorrections'][number];

/** Whether the case has gone through the transition the phase gates (its answers then stand). */
const gatePassed = (phase: ChecklistPhase, status: string) => {
  const gated = Object.entries(CHECKLIST_GATES).find(([, p]) => p === phase)?.[0];
  const at = CASE_STATUSES.indexOf(status as (typeof CASE_STATUSES)[number]);
  return (
    !!gated && status !== 'cancelled' && at >= CASE_STATUSES.indexOf(gated as (typeof CASE_STATUSES)[number])
  );
};

function ItemHistory({ list }: { list: Correction[] }) {
  const { t } = useI18n();
  if (list.length === 0) return null;
  const answer = (v: unknown) => (typeof v === 'string' ? t(`record.answer.${v as Answer}`) : '—');
  return (
    <Popover
      content={
        <div style={{ fontSize: 12, maxWidth: 360 }} data-testid="entry-history">
          {list.map((c) => (
            <div key={`${c.at}|${c.reason}`}>
              {c.action === 'void'
                ? t('record.history.withdraw', {
                    time: fmtDateTime(c.at),
                    by: c.by,
                    answer: answer(c.before.answer),
                    reason: c.reason,
                  })
                : t('record.history.answer', {
                    time: fmtDateTime(c.at),
                    by: c.by,
                    before: answer(c.before.answer),
                    after: answer(c.after.answer),
                    reason: c.reason,
                  })}
            </div>
          ))}
        </div>
      }
    >
      <Tag color="orange" style={{ cursor: 'help' }} data-testid="entry-corrected">
        {t('record.corrected')}
      </Tag>
    </Popover>
  );
}

export function ChecklistPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t, locale } = useI18n();
  const attempt = useRecordAttempt();
  const saved = new Map(rec.checklist.map((a) => [`${a.phase}.${a.item}`, a]));
  const [draft, setDraft] = useState<Record<string, Answer>>({});
  const [asking, setAsking] = useState<ChecklistPhase | null>(null);
  const [reason, setReason] = useState('');
  const [withdrawing, setWithdrawing] = useState<{ phase: ChecklistPhase; item: string } | null>(null);
  const changedIn = (phase: ChecklistPhase) =>
    CHECKLIST[phase].items.filter((i) => {
      const key = `${phase}.${i.code}`;
      return draft[key] !== undefined && saved.has(key) && saved.get(key)!.answer !== draft[key];
    });
  const save = async (phase: ChecklistPhase, why?: string) => {
    const answers = Object.fromEntries(
      CHECKLIST[phase].items
        .map((i) => [i.code, draft[`${phase}.${i.code}`] ?? saved.get(`${phase}.${i.code}`)?.answer])
        .filter(([, v]) => v),
    );
    const versions = Object.fromEntries(
      CHECKLIST[phase].items.flatMap((i) => {
        const s = saved.get(`${phase}.${i.code}`);
        return s ? [[i.code, s.version]] : [];
      }),
    );
    await attempt(async () => {
      await saveChecklist(c.id, { phase, answers, versions, ...(why ? { reason: why } : {}) });
      setDraft(Object.fromEntries(Object.entries(draft).filter(([k]) => !k.startsWith(`${phase}.`))));
      setAsking(null);
      setReason('');
      await onDone();
    });
  };
  return (
    <Card size="small" title={t('record.checklist')} style={{ marginBottom: 8 }}>
      <Tabs
        size="small"
        items={CHECKLIST_PHASES.map((phase) => ({
          key: phase,
          label: (
            <span>
              {CHECKLIST[phase].label[locale]}{' '}
              {rec.checklistComplete[phase] && (
                <Tag color="green" data-testid={`checklist-done-${phase}`}>
                  {t('record.complete')}
                </Tag>
              )}
            </span>
          ),
          children: (
            <div data-testid={`checklist-${phase}`}>
              {CHECKLIST[phase].items.map((i) => {
                const key = `${phase}.${i.code}`;
                const stored = saved.get(key);
                return (
                  <div key={key} style={{ fontSize: 12, marginBottom: 4 }}>
                    <div>
                      {i.label[locale]}{' '}
                      <ItemHistory
                        list={rec.checklistCorrections.filter((k) => k.phase === phase && k.item === i.code)}
                      />
                    </div>
                    <Space size={4}>
                      <Radio.Group
                        size="small"
                        disabled={!editable}
                        value={draft[key] ?? stored?.answer}
                        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                        options={(['yes', 'no', 'na'] as const).map((a) => ({
                          value: a,
                          label: t(`record.answer.${a}`),
                        }))}
                      />
                      {editable && stored && !gatePassed(phase, rec.case.status) && (
                        <Button
                          size="small"
                          type="link"
                          onClick={() => setWithdrawing({ phase, item: i.code })}
                        >
                          {t('record.withdraw')}
                        </Button>
                      )}
                    </Space>
                  </div>
                );
              })}
              {editable && (
                <Space>
                  <Button
                    size="small"
                    onClick={() =>
                      setDraft({
                        ...draft,
                        ...Object.fromEntries(
                          CHECKLIST[phase].items
                            .filter((i) => !saved.has(`${phase}.${i.code}`))
                            .map((i) => [`${phase}.${i.code}`, 'yes' as const]),
                        ),
                      })
                    }
                    data-testid={`checklist-all-${phase}`}
                  >
                    {t('record.answer.yes')} ✓
                  </Button>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => (changedIn(phase).length ? setAsking(phase) : save(phase))}
                    data-testid={`checklist-save-${phase}`}
                  >
                    {t('record.save')}
                  </Button>
                </Space>
              )}
            </div>
          ),
        }))}
      />
      {asking && (
        <Modal
          open
          title={t('record.checklistReasonTitle')}
          onCancel={() => setAsking(null)}
          onOk={() => save(asking, reason.trim())}
          okButtonProps={{ disabled: !reason.trim() }}
          cancelText={t('form.cancel')}
        >
          <Typography.Paragraph>
            {t('record.checklistChanges', {
              items: changedIn(asking)
                .map((i) => i.label[locale])
                .join(locale === 'en-US' ? '; ' : '；'),
            })}
          </Typography.Paragraph>
          <Input
            maxLength={200}
            value={reason}
            placeholder={t('record.correctionReason')}
            onChange={(e) => setReason(e.target.value)}
            data-testid="checklist-reason"
          />
        </Modal>
      )}
      {withdrawing && (
        <CorrectionDialog
          title={t('record.withdrawTitle', {
            item: CHECKLIST[withdrawing.phase].items.find((i) => i.code === withdrawing.item)!.label[locale],
          })}
          action="void"
          onClose={() => setWithdrawing(null)}
          onSubmit={async (why) => {
            const stored = saved.get(`${withdrawing.phase}.${withdrawing.item}`)!;
            await withdrawAnswer(c.id, { ...withdrawing, version: stored.version, reason: why });
            setWithdrawing(null);
            await onDone();
          }}
        />
      )}
    </Card>
  );
}
