import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { STATUS_LABELS } from '../../domain/registry/case-status';
import { SEX_LABELS, type Sex } from '../../domain/registry/vocabulary';
import { NotFoundPage } from '../app/NotFoundPage';
import type { PatientChart } from '../app/types';
import { RiskCard } from '../assessment/RiskCard';
import { ApiError, api } from '../shared/api';
import { ageOn, fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { useLiveTopic } from '../shared/realtime';
import { useSession } from '../shared/session';
import { STATUS_COLORS } from '../shared/status';
import { AdmissionDialog } from './AdmissionDialog';

/** The banner of a case's patient, linking to the chart. */
export function CasePatientBanner({
  c,
}: {
  c: { patientId: string; patient?: Parameters<typeof PatientBanner>[0]['p'] };
}) {
  if (!c.patient) return null;
  return (
    <Link to={`/patients/${c.patientId}`}>
      <PatientBanner p={c.patient} />
    </Link>
  );
}

export function PatientBanner({
  p,
  full,
}: {
  p: Pick<PatientChart, 'name' | 'sex' | 'birthDate' | 'mrn'> & Partial<PatientChart>;
  full?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <Card size="small" style={{ marginBottom: 12, background: '#fafcff' }} data-testid="patient-banner">
      <Space size="large" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {p.name}
        </Typography.Title>
        <span>{SEX_LABELS[p.sex as Sex]?.[lang] ?? p.sex}</span>
        <span>{t('patient.age', { n: ageOn(p.birthDate) })}</span>
        <span>
          {t('patient.mrn')}：<strong>{p.mrn}</strong>
        </span>
        {full && p.phone && (
          <span>
            {t('patient.phone')}：{p.phone}
          </span>
        )}
        {full && p.idCard && (
          <span>
            {t('patient.idCard')}：{p.idCard}
          </span>
        )}
        {full && (p.province || p.city) && <span>{[p.province, p.city].filter(Boolean).join(' ')}</span>}
      </Space>
    </Card>
  );
}

export default function PatientChartPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [admitting, setAdmitting] = useState(false);
  const chart = useQuery({
    queryKey: ['patient', id],
    queryFn: () => api.get<PatientChart>(`/api/v1/patients/${id}`),
  });
  useLiveTopic(`patient:${id}`, [['patient', id]]);
  if (chart.isLoading) return <Loading />;
  if (chart.error instanceof ApiError && chart.error.status === 404) return <NotFoundPage />;
  if (!chart.data) return <Alert type="error" title={chart.error?.message ?? t('app.error.network')} />;
  const p = chart.data;
  // The risk card follows the patient's latest case that has not been cancelled.
  const focus = p.cases
    .filter((c) => c.status !== 'cancelled')
    .reduce<(typeof p.cases)[number] | null>(
      (a, c) => (!a || c.scheduledStart > a.scheduledStart ? c : a),
      null,
    );

  return (
    <div>
      <PatientBanner p={p} full />
      <Space style={{ marginBottom: 12 }}>
        {can('patient.write') && (
          <Button
            icon={<EditOutlined />}
            onClick={() => navigate(`/patients/${p.id}/edit`)}
            data-testid="patient-edit"
          >
            {t('patient.edit')}
          </Button>
        )}
        {can('patient.write') && (
          <Button icon={<PlusOutlined />} onClick={() => setAdmitting(true)}>
            {t('patient.addAdmission')}
          </Button>
        )}
        {can('case.write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(`/cases/new?patientId=${p.id}`)}
          >
            {t('patient.addCase')}
          </Button>
        )}
      </Space>
      <Row gutter={12}>
        <Col span={10}>
          <Card size="small" title={t('patient.admissions')}>
            {p.admissions.length === 0 ? (
              <Empty description={t('patient.noAdmissions')} />
            ) : (
              p.admissions.map((a) => (
                <Descriptions key={a.id} size="small" column={2} style={{ marginBottom: 8 }} bordered>
                  <Descriptions.Item label={t('admission.ward')}>
                    {a.wardName} {a.bedCode && `· ${a.bedCode}`}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('admission.attendingDoctor')}>
                    {a.attendingDoctor}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('admission.admittedAt')}>
                    {fmtDateTime(a.admittedAt)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('admission.dischargedAt')}>
                    {a.dischargedAt ? (
                      fmtDateTime(a.dischargedAt)
                    ) : (
                      <Tag color="blue">{t('admission.inHospital')}</Tag>
                    )}
                  </Descriptions.Item>
                </Descriptions>
              ))
            )}
          </Card>
        </Col>
        <Col span={14}>
          {focus && <RiskCard caseId={focus.id} title={`${t('risk.title')} · ${focus.procedureText}`} />}
          <Card size="small" title={t('patient.cases')}>
            {p.cases.length === 0 ? (
              <Empty description={t('patient.noCases')} />
            ) : (
              <Timeline
                items={p.cases.map((c) => ({
                  color: STATUS_COLORS[c.status].border,
                  content: (
                    <div>
                      <Link to={`/cases/${c.id}`}>
                        {fmtDateTime(c.scheduledStart)} · {c.procedureText}
                      </Link>{' '}
                      <Tag color={STATUS_COLORS[c.status].tag}>{STATUS_LABELS[c.status][lang]}</Tag>
                      <div style={{ color: '#8c8c8c' }}>
                        {c.diagnosisText} · {c.surgeon} · {c.orRoom}
                      </div>
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      {admitting && <AdmissionDialog patientId={p.id} onClose={() => setAdmitting(false)} />}
    </div>
  );
}
