// 麻醉前访视: one case's visit, loaded with the case it belongs to and kept live.
import { Alert } from 'antd';
import { useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { ApiError } from '../shared/api';
import { useCase, useLiveCase } from '../shared/case.resource';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { VisitEditor } from './VisitEditor';
import { useVisit } from './visit.resource';

export default function VisitPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const caseQuery = useCase(id);
  const visitQuery = useVisit(id);
  useLiveCase(id);

  if (caseQuery.isLoading || visitQuery.isLoading) return <Loading />;
  const error = caseQuery.error ?? visitQuery.error;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  if (!caseQuery.data || !visitQuery.data)
    return <Alert type="error" title={error?.message ?? t('app.error.network')} />;
  return <VisitEditor c={caseQuery.data} bundle={visitQuery.data} />;
}
