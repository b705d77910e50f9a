// The start page: the OR board for clinicians; an administrator's first page for the three administrators.
import { Navigate } from 'react-router';
import { BoardPage } from '../registry/routes';
import { Loading } from '../shared/Loading';
import { useSession } from '../shared/session';
import { guarded } from './Guard';

export function HomePage() {
  const { me, loading, can } = useSession();
  if (loading) return <Loading />;
  if (me && !can('case.read')) {
    const first = can('user.read') ? '/admin/users' : can('audit.read') ? '/audit' : null;
    if (first) return <Navigate to={first} replace />;
  }
  return guarded('case.read', <BoardPage />);
}
