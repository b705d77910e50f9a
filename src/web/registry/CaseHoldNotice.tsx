// Why a status change on the case page is held (an incomplete WHO checklist phase, an occupied room),
// with the way to clear it and whether this user may proceed with a reason instead.
import { Alert } from 'antd';
import { Link } from 'react-router';
import { STATUS_LABELS, type TargetStatus } from '../../domain/registry/case-status';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { type CaseHold, holdText } from './case-holds';

export function CaseHoldNotice({ caseId, to, hold }: { caseId: string; to: TargetStatus; hold: CaseHold }) {
  const { t, lang, locale } = useI18n();
  const { can } = useSession();
  const mayOverride = can('case.gate_override');
  const action =
    hold.kind === 'checklist'
      ? can('observation.read') && (
          <Link to={`/cases/${caseId}/record`} data-testid="gate-open-checklist">
            {t('case.gate.openChecklist')}
          </Link>
        )
      : can('case.read') && <Link to={`/cases/${hold.occupant.caseId}`}>{t('case.gate.openOccupant')}</Link>;
  const wait =
    hold.kind === 'checklist'
      ? t('case.gate.checklistWait', { to: STATUS_LABELS[to][lang] })
      : t('case.gate.roomWait');
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 8 }}
      title={holdText(hold, t, locale)}
      description={
        <div>
          <div>{mayOverride ? t('case.gate.mayOverride') : wait}</div>
          {action}
        </div>
      }
      data-testid={`gate-${to}`}
      data-hold={hold.kind === 'checklist' ? hold.checklist : 'room_occupied'}
    />
  );
}
