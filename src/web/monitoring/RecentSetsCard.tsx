// The case's observation sets with their NEWS2 (S2: scored on SpO2 scale 2): when each was taken, marked
// 补记 when it was entered later; corrected ones with who changed what, when and why; voided ones struck
// through with the reason. A nurse corrects or voids a set here (observation.write).
import { Button, Card, Popover, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ObservationSet } from '../../api/monitoring';
import { enteredLate } from '../../domain/monitoring/observation-time';
import { fmtDateTime, fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { BAND_COLOR } from './news2-band';
import { useObservationSets } from './observation-set.resource';
import { valuesLine } from './observation-values';
import { SetCorrectionDialog } from './SetCorrectionDialog';
import { SetHistory } from './SetHistory';

const struck = (s: ObservationSet) =>
  s.voided ? { textDecoration: 'line-through', color: '#8c8c8c' } : undefined;

export function RecentSetsCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const sets = useObservationSets(caseId);
  const [correcting, setCorrecting] = useState<{ set: ObservationSet; action: 'edit' | 'void' } | null>(null);
  const writable = can('observation.write');
  return (
    <Card size="small" title={t('obs.recent')} style={{ marginBottom: 12 }}>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        dataSource={sets.data?.items ?? []}
        onRow={(s) =>
          ({ 'data-testid': `set-${s.id}`, 'data-voided': s.voided ? 'true' : 'false' }) as object
        }
        expandable={{
          expandedRowRender: (s) => (
            <div style={{ fontSize: 12 }}>
              <div style={struck(s)}>{valuesLine(s.values, t)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('obs.enteredBy', { by: s.enteredBy, time: fmtDateTime(s.enteredAt) })}
              </Typography.Text>
              <SetHistory set={s} />
            </div>
          ),
        }}
        columns={[
          {
            title: t('obs.takenAt'),
            dataIndex: 'takenAt',
            render: (v: string, s: ObservationSet) => (
              <Space size={2} wrap>
                <span style={struck(s)}>{fmtDateTime(v)}</span>
                {enteredLate(Date.parse(s.takenAt), Date.parse(s.enteredAt)) && (
                  <Tag
                    title={t('obs.enteredBy', { by: s.enteredBy, time: fmtDateTime(s.enteredAt) })}
                    style={{ marginInlineEnd: 0 }}
                    data-testid="set-late"
                  >
                    {t('obs.late')} {fmtTime(s.enteredAt)}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: 'NEWS2',
            render: (_: unknown, s: ObservationSet) => (
              <Space size={2} wrap>
                <span style={struck(s)} data-testid="set-total">
                  {s.complete ? (
                    <Tag color={s.voided ? 'default' : (BAND_COLOR[s.band ?? ''] ?? 'default')}>
                      {s.total}
                      {s.scale === 2 ? ' (S2)' : ''}
                    </Tag>
                  ) : (
                    <Tag>{t('ward.incomplete')}</Tag>
                  )}
                </span>
                {s.corrections.some((c) => c.action === 'edit') && (
                  <Popover content={<SetHistory set={s} />} title={t('obs.history')}>
                    <Tag color="orange" style={{ cursor: 'help' }} data-testid="set-corrected">
                      {t('obs.corrected')}
                    </Tag>
                  </Popover>
                )}
                {s.voided && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="set-voided">
                    {t('obs.voided')}：{s.voided.reason}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          ...(writable
            ? [
                {
                  title: t('obs.actions'),
                  render: (_: unknown, s: ObservationSet) =>
                    !s.voided && (
                      <Space size={0}>
                        <Button
                          size="small"
                          type="link"
                          onClick={() => setCorrecting({ set: s, action: 'edit' })}
                          data-testid="set-edit"
                        >
                          {t('obs.correct')}
                        </Button>
                        <Button
                          size="small"
                          type="link"
                          danger
                          onClick={() => setCorrecting({ set: s, action: 'void' })}
                          data-testid="set-void"
                        >
                          {t('obs.void')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {correcting && (
        <SetCorrectionDialog
          caseId={caseId}
          set={correcting.set}
          action={correcting.action}
          onClose={() => setCorrecting(null)}
        />
      )}
    </Card>
  );
}
