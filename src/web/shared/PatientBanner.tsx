// The patient's banner at the top of every page about the patient or one of their cases.
import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { Case, Patient } from '../../api/registry';
import { SEX_LABELS, type Sex } from '../../domain/registry/vocabulary';
import { ageOn } from './format';
import { useI18n } from './i18n';

type BannerPatient = Pick<Patient, 'name' | 'sex' | 'birthDate' | 'mrn'> &
  Partial<Pick<Patient, 'phone' | 'idCard' | 'province' | 'city'>>;

export function PatientBanner({ p, full }: { p: BannerPatient; full?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <Card size="small" style={{ marginBottom: 12, background: '#fafcff' }} data-testid="patient-banner">
      <Space size="large" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {p.name || t('patient.nameUnknown')}
        </Typography.Title>
        <span>{SEX_LABELS[p.sex as Sex]?.[lang] ?? p.sex}</span>
        <span>
          {p.birthDate === null ? t('patient.ageUnknown') : t('patient.age', { n: ageOn(p.birthDate) })}
        </span>
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

/** The banner of a case's patient, linking to the chart (nothing where the patient is not shown). */
export function CasePatientBanner({ c }: { c: Pick<Case, 'patientId' | 'patient'> }) {
  if (!c.patient) return null;
  return (
    <Link to={`/patients/${c.patientId}`}>
      <PatientBanner p={c.patient} />
    </Link>
  );
}
