import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { STATUS_LABELS } from '../../domain/registry/case-status';
import { NotFoundPage } from '../app/NotFoundPage';
import { ApiError } from '../shared/api';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { PatientBanner } from '../shared/PatientBanner';
import { useSession } from '../shared/session';
import { Slot } from '../shared/slots';
import { STATUS_COLORS } from '../shared/status';
import { AdmissionDialog } from './AdmissionDialog';
import { ImportedEpisodesCard } from './ImportedEpisodesCard';
import { useLivePatient, usePatientChart } from './patient.resource';

export default function PatientChartPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [admitting, setAdmitting] = useState(false);
  const chart = usePatientChart(id);
  useLivePatient(id);
  if (chart.isLoading) return <Loading />;
  if (chart.error instanceof ApiError && chart.error.status === 404) return <NotFoundPage />;
  if (!chart.data) return <Alert type="error" title={chart.error?.message ?? t('app.error.network')} />;
  const p = chart.data;
  // The case summary follows the patient's latest case that has not been cancelled.
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
                    {a.attendingDoctor ?? '—'}
                  </Descriptions.Item>
                  {a.visitNumber && (
                    <Descriptions.Item label={t('admission.visitNumber')} span={a.importedFrom ? 1 : 2}>
                      {a.visitNumber}
                    </Descriptions.Item>
                  )}
                  {a.importedFrom && (
                    <Descriptions.Item label={t('patient.importedEpisodes')}>
                      {t('admission.imported', { file: a.importedFrom.file, row: a.importedFrom.row })}
                    </Descriptions.Item>
                  )}
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
          {focus && (
            <Slot name="patient-chart.case-summary" caseId={focus.id} caseLabel={focus.procedureText} />
          )}
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
          <ImportedEpisodesCard episodes={p.importedEpisodes} />
        </Col>
      </Row>
      {admitting && <AdmissionDialog patientId={p.id} onClose={() => setAdmitting(false)} />}
    </div>
  );
}
