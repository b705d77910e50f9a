// 并发症: a case's complications — suggested by the detection rules (with their evidence), confirmed
// with a Clavien–Dindo grade or dismissed — and the creatinine result the AKI rule reads. It fills the
// observations page's side slot (the app shell registers it), so monitoring never imports it.
import { App, Button, Card, InputNumber, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Complication } from '../../api/complications';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { useAddLab, useComplications } from './complication.resource';
import { DecisionDialog } from './DecisionDialog';

export function ComplicationsPanel({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const list = useComplications(caseId);
  const lab = useAddLab(caseId);
  const [creatinine, setCreatinine] = useState<number | null>(null);
  const [deciding, setDeciding] = useState<Complication | null>(null);
  const addLab = async () => {
    if (creatinine === null) return;
    try {
      await lab.mutateAsync({ analyte: 'creatinine', value: creatinine, takenAt: new Date().toISOString() });
      setCreatinine(null);
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  return (
    <Card size="small" title={t('comp.title')} data-testid="complications">
      {can('observation.write') && (
        <Space style={{ marginBottom: 8 }}>
          <span>{t('comp.labs')}</span>
          <InputNumber
            min={5}
            max={3000}
            value={creatinine}
            onChange={(x) => setCreatinine(typeof x === 'number' ? x : null)}
            data-testid="lab-creatinine"
          />
          <Button size="small" disabled={creatinine === null} onClick={addLab} data-testid="lab-add">
            {t('comp.addLab')}
          </Button>
        </Space>
      )}
      {(list.data?.items ?? []).length === 0 && (
        <Typography.Text type="secondary">{t('comp.none')}</Typography.Text>
      )}
      {(list.data?.items ?? []).map((x) => (
        <div
          key={x.id}
          style={{ marginBottom: 6 }}
          data-testid={`complication-${x.type}`}
          data-status={x.status}
        >
          <Tag color={x.status === 'suggested' ? 'orange' : x.status === 'confirmed' ? 'red' : 'default'}>
            {t(`comp.${x.status}`)}
          </Tag>
          <strong>{x.label[lang]}</strong> {x.grade && <Tag>{x.grade}</Tag>}{' '}
          <span style={{ fontSize: 12 }}>{fmtDateTime(x.onsetAt)}</span>
          {x.evidence && (
            <div style={{ fontSize: 12, color: '#8c8c8c' }}>
              {t('comp.evidence', {
                text: Object.entries(x.evidence)
                  .map(([k, v]) => `${k} ${v}`)
                  .join('，'),
              })}
            </div>
          )}
          {x.status === 'suggested' && can('complications.write') && (
            <Button size="small" type="link" onClick={() => setDeciding(x)} data-testid={`decide-${x.id}`}>
              {t('comp.confirm')} / {t('comp.dismiss')}
            </Button>
          )}
        </div>
      ))}
      {deciding && <DecisionDialog caseId={caseId} x={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}
