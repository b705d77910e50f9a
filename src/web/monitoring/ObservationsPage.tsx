// 生命体征观察: a tablet-friendly observation set with NEWS2 computed live by the same domain code
// the server runs; the scale-2 order for doctors; recent sets; post-op assessments, PACU and intake/
// output; and what other capabilities show beside them (complications). Each realtime event on the case
// reloads only what it says changed (observations-live.ts).
import { Alert, Col, Row } from 'antd';
import { useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { ApiError } from '../shared/api';
import { useCase } from '../shared/case.resource';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { CasePatientBanner } from '../shared/PatientBanner';
import { Slot } from '../shared/slots';
import { AssessmentCard } from './AssessmentCard';
import { IoCard } from './IoCard';
import { ObservationEntryCard } from './ObservationEntryCard';
import { useObservationsLive } from './observations-live';
import { PacuCard } from './PacuCard';
import { RecentSetsCard } from './RecentSetsCard';
import { Scale2OrderCard } from './Scale2OrderCard';

export default function ObservationsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const c = useCase(id);
  useObservationsLive(id);
  if (c.isLoading) return <Loading />;
  if (c.error instanceof ApiError && c.error.status === 404) return <NotFoundPage />;
  if (!c.data) return <Alert type="error" title={c.error?.message ?? t('app.error.network')} />;
  return (
    <div>
      <CasePatientBanner c={c.data} />
      <Row gutter={12}>
        <Col xs={24} lg={14}>
          <ObservationEntryCard caseId={id} />
          <AssessmentCard caseId={id} />
          <Scale2OrderCard caseId={id} />
        </Col>
        <Col xs={24} lg={10}>
          <RecentSetsCard caseId={id} />
          <PacuCard caseId={id} />
          <IoCard caseId={id} />
          <Slot name="case-observations.side" caseId={id} />
        </Col>
      </Row>
    </div>
  );
}
