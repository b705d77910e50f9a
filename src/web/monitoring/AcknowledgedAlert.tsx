// An acknowledged alert still on its bed (until the next complete set): what was raised and when, its
// escalation, who acknowledged it, when, and the action taken.
import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AcknowledgedAlert as Acknowledged } from '../../api/monitoring';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';

// The clock time today; the date too for a story begun on an earlier day.
const when = (iso: string | null): string => {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.format(d.isSame(dayjs(), 'day') ? 'HH:mm' : 'MM-DD HH:mm');
};

/** `scoreShown`: the card already shows this alert's NEWS2 (its latest set is the alert's own). */
export function AcknowledgedAlert({
  a,
  bedCode,
  scoreShown,
}: {
  a: Acknowledged;
  bedCode: string;
  scoreShown: boolean;
}) {
  const { t } = useI18n();
  return (
    <div
      data-testid={`bed-${bedCode}-acknowledged`}
      data-type={a.type}
      title={t('ward.handledHint')}
      style={{ marginTop: 4, fontSize: 12, lineHeight: '18px' }}
    >
      <div>
        <Tag color="blue" style={{ marginInlineEnd: 4 }}>
          {t('ward.handled')}
        </Tag>
        <span style={{ color: '#1d39c4' }}>{t(`ward.alert.${a.type}` as MessageKey)}</span>
      </div>
      <div>
        {a.total !== null && !scoreShown && `${t('ward.news2')} ${a.total} · `}
        {t('ward.raisedAt', { time: when(a.raisedAt) })}
        {a.escalatedAt && (
          <Typography.Text style={{ fontSize: 12, color: '#722ed1' }}>
            {' · '}
            {t('ward.escalatedAt', { time: when(a.escalatedAt) })}
          </Typography.Text>
        )}
      </div>
      <div data-testid={`bed-${bedCode}-acknowledged-by`}>
        {t('ward.ackedBy', {
          name: a.acknowledgedByName ?? t('ward.unknownUser'),
          time: when(a.acknowledgedAt),
          action: a.action ? t(`ward.action.${a.action}`) : '—',
        })}
      </div>
      {a.note && (
        <Typography.Text
          type="secondary"
          ellipsis={{ tooltip: a.note }}
          style={{ fontSize: 12, display: 'block' }}
        >
          {a.note}
        </Typography.Text>
      )}
    </div>
  );
}
