// 待入院/待分床 on a page of its own (/beds/waiting): the waiting list with its proposals, live on `beds`.
import { Link } from 'react-router';
import { useI18n } from '../shared/i18n';
import { useBedsLive } from './board.resource';
import { WaitingList } from './WaitingList';

export default function WaitingPage() {
  const { t } = useI18n();
  useBedsLive();
  return (
    <div>
      <div style={{ marginBottom: 8 }}>
        <Link to="/beds" data-testid="waiting-to-board">
          {t('beds.board.wait.toBoard')}
        </Link>
      </div>
      <WaitingList />
    </div>
  );
}
