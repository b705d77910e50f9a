// A set's corrections, in the order they were made: who, when, why, and what it was before.
import type { ObservationSet } from '../../api/monitoring';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { changeText } from './observation-values';

export function SetHistory({ set }: { set: ObservationSet }) {
  const { t, locale } = useI18n();
  if (set.corrections.length === 0) return null;
  return (
    <div style={{ maxWidth: 420, fontSize: 12 }} data-testid="set-history">
      {set.corrections.map((c) => (
        <div key={`${c.at}|${c.action}`}>
          {t(c.action === 'void' ? 'obs.history.void' : 'obs.history.edit', {
            time: fmtDateTime(c.at),
            by: c.by,
            reason: c.reason,
            changes: changeText(c, t, locale),
          })}
        </div>
      ))}
    </div>
  );
}
