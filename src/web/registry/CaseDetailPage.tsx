import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { cancelReasonText } from '../../domain/registry/cancel-reasons';
import {
  CANCEL_STAGE_LABELS,
  type CancelStage,
  type CaseStatus,
  STATUS_LABELS,
  type TargetStatus,
} from '../../domain/registry/case-status';
import {
  ANESTHESIA_METHOD_LABELS,
  type AnesthesiaMethod,
  APPROACH_LABELS,
  type Approach,
  GRADE_LABELS,
  type SurgeryGrade,
  URGENCY_LABELS,
  type Urgency,
} from '../../domain/registry/vocabulary';
import { NotFoundPage } from '../app/NotFoundPage';
import { ApiError } from '../shared/api';
import { useCase, useLiveCase } from '../shared/case.resource';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { CasePatientBanner } from '../shared/PatientBanner';
import { useSession } from '../shared/session';
import { Slot } from '../shared/slots';
import { STATUS_COLORS } from '../shared/status';
import { CaseHoldNotice } from './CaseHoldNotice';
import { CaseNoticeButton } from './CaseNoticeButton';
import { holdsOf } from './case-holds';
import { TransitionDialog } from './TransitionDialog';

export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t, lang, locale } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const detail = useCase(id);
  useLiveCase(id);
  const [target, setTarget] = useState<TargetStatus | null>(null);

  if (detail.isLoading) return <Loading />;
  if (detail.error instanceof ApiError && detail.error.status === 404) return <NotFoundPage />;
  if (!detail.data) return <Alert type="error" title={detail.error?.message ?? t('app.error.network')} />;
  const c = detail.data;
  // The server lists them from the case's status machine (its contract types them as strings).
  const allowed = c.allowedTransitions as TargetStatus[];
  const held = allowed.flatMap((to) => holdsOf(c, to).map((hold) => ({ to, hold })));
  // A held status is offered only to a user who may proceed past the gate with a reason.
  const blocked = (to: TargetStatus) => !can('case.gate_override') && holdsOf(c, to).length > 0;

  return (
    <div>
      <CasePatientBanner c={c} />
      <Row gutter={12}>
        <Col span={15}>
          <Card
            size="small"
            title={
              <Space>
                {t('case.title')}
                <Tag color={STATUS_COLORS[c.status].tag} data-testid="case-status" data-status={c.status}>
                  {STATUS_LABELS[c.status][lang]}
                </Tag>
                {c.urgency === 'emergency' && <Tag color="red">{URGENCY_LABELS.emergency[lang]}</Tag>}
              </Space>
            }
            extra={
              <Space>
                <CaseNoticeButton caseId={c.id} />
                {can('observation.read') && (
                  <Button
                    size="small"
                    onClick={() => navigate(`/cases/${c.id}/record`)}
                    data-testid="open-record"
                  >
                    {t('record.open')}
                  </Button>
                )}
                {can('case.write') && (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => navigate(`/cases/${c.id}/edit`)}
                    data-testid="case-edit"
                  >
                    {t('case.edit')}
                  </Button>
                )}
              </Space>
            }
          >
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('case.diagnosis')} span={2}>
                {c.diagnosisText} <Typography.Text type="secondary">{c.diagnosisCode}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('case.procedure')} span={2}>
                {c.procedureText} <Typography.Text type="secondary">{c.procedureCode}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('case.grade')}>
                {GRADE_LABELS[c.grade as SurgeryGrade]?.[lang]}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.approach')}>
                {APPROACH_LABELS[c.approach as Approach]?.[lang]}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.urgency')}>
                {URGENCY_LABELS[c.urgency as Urgency]?.[lang]}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.plannedAnesthesia')}>
                {ANESTHESIA_METHOD_LABELS[c.plannedAnesthesia as AnesthesiaMethod]?.[lang]}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.orRoom')}>{c.orRoom}</Descriptions.Item>
              <Descriptions.Item label={t('case.scheduledStart')}>
                {fmtDateTime(c.scheduledStart)}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.surgeon')}>{c.surgeon}</Descriptions.Item>
              <Descriptions.Item label={t('case.assistants')}>
                {c.assistants.join(t('case.separator')) || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.anesthesiologists')}>
                {c.anesthesiologists.join(t('case.separator')) || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.nurses')}>
                {c.nurses.join(t('case.separator')) || '—'}
              </Descriptions.Item>
              {c.status === 'cancelled' && (
                <>
                  <Descriptions.Item label={t('case.cancelStage')}>
                    {c.cancelStage ? CANCEL_STAGE_LABELS[c.cancelStage as CancelStage][lang] : '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('case.cancelReason')}>
                    <span data-testid="case-cancel-reason">
                      {cancelReasonText(c.cancelReasonCode, c.cancelReason, locale) || '—'}
                    </span>
                  </Descriptions.Item>
                </>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col span={9}>
          <Slot name="case-detail.summary" caseId={c.id} />
          <Card size="small" title={t('case.actions')} style={{ marginBottom: 12 }}>
            {allowed.length === 0 || !can('case.transition') ? (
              <Typography.Text type="secondary">{t('case.noActions')}</Typography.Text>
            ) : (
              <>
                <Space wrap>
                  {allowed.map((s) => (
                    <Button
                      key={s}
                      danger={s === 'cancelled'}
                      type={s === 'cancelled' ? 'default' : 'primary'}
                      disabled={blocked(s)}
                      onClick={() => setTarget(s)}
                      data-testid={`transition-${s}`}
                    >
                      {STATUS_LABELS[s][lang]}
                    </Button>
                  ))}
                </Space>
                {held.map(({ to, hold }) => (
                  <CaseHoldNotice key={`${to}-${hold.kind}`} caseId={c.id} to={to} hold={hold} />
                ))}
              </>
            )}
          </Card>
          <Card size="small" title={t('case.timeline')}>
            {c.events.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Timeline
                items={c.events.map((e) => ({
                  color: STATUS_COLORS[e.toStatus as CaseStatus]?.border,
                  content: (
                    <div>
                      <strong>{STATUS_LABELS[e.toStatus as CaseStatus]?.[lang] ?? e.toStatus}</strong>{' '}
                      {fmtDateTime(e.occurredAt)}
                      <div style={{ color: '#8c8c8c', fontSize: 12 }}>
                        {t('case.recordedAt')} {fmtDateTime(e.recordedAt)}
                        {/* A cancellation's reason in the reader's language; others as written. */}
                        {e.toStatus === 'cancelled' && c.cancelReasonCode
                          ? ` · ${cancelReasonText(c.cancelReasonCode, c.cancelReason, locale)}`
                          : e.reason && ` · ${e.reason}`}
                      </div>
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      {target && (
        <TransitionDialog c={c} to={target} holds={holdsOf(c, target)} onClose={() => setTarget(null)} />
      )}
    </div>
  );
}
