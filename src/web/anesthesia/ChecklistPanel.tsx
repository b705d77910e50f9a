// The WHO Surgical Safety Checklist (三方核查), phase by phase.
import { Button, Card, Radio, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { CHECKLIST, CHECKLIST_PHASES, type ChecklistPhase } from '../../domain/anesthesia/record-vocabulary';
import { useI18n } from '../shared/i18n';
import { useAttempt } from '../shared/use-attempt';
import { saveChecklist } from './record.resource';
import type { PanelProps } from './record-panel';

export function ChecklistPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t, locale } = useI18n();
  const attempt = useAttempt();
  const saved = new Map(rec.checklist.map((a) => [`${a.phase}.${a.item}`, a.answer]));
  const [draft, setDraft] = useState<Record<string, 'yes' | 'no' | 'na'>>({});
  const save = async (phase: ChecklistPhase) => {
    const answers = Object.fromEntries(
      CHECKLIST[phase].items
        .map((i) => [i.code, draft[`${phase}.${i.code}`] ?? saved.get(`${phase}.${i.code}`)])
        .filter(([, v]) => v),
    );
    await attempt(async () => {
      await saveChecklist(c.id, { phase, answers });
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
                return (
                  <div key={key} style={{ fontSize: 12, marginBottom: 4 }}>
                    <div>{i.label[locale]}</div>
                    <Radio.Group
                      size="small"
                      disabled={!editable}
                      value={draft[key] ?? saved.get(key)}
                      onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                      options={(['yes', 'no', 'na'] as const).map((a) => ({
                        value: a,
                        label: t(`record.answer.${a}`),
                      }))}
                    />
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
                          CHECKLIST[phase].items.map((i) => [`${phase}.${i.code}`, 'yes' as const]),
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
                    onClick={() => save(phase)}
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
    </Card>
  );
}
