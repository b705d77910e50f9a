// A bed's history in a drawer: its state changes (with the closure reason and expected reopening), newest first,
// then its placement and registration; its removal on top when retired. No patients: the board shows those.
import { Alert, Drawer, Timeline, Typography } from 'antd';
import type { BedHistory, BedStateEvent } from '../../api/beds-structure';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { errorMessage } from '../shared/use-attempt';
import { useBedHistory } from './structure.resource';
import { type StructureText, useStructureText } from './structure-messages';

function stateItem(e: BedStateEvent, s: StructureText, sep: string) {
  const by = e.recordedByName ?? s('structure.history.unknownUser');
  return {
    key: e.id,
    color: e.state === 'closed' ? 'red' : e.state === 'cleaning' ? 'orange' : 'green',
    content: (
      <>
        <div>
          {s('structure.history.stateAt', {
            at: fmtDateTime(e.at),
            state: s(`structure.bed.state.${e.state}`),
          })}
        </div>
        {e.closureReason && (
          <div>
            {s('structure.history.reason', { reason: s(`structure.closure.${e.closureReason}`) })}
            {e.reopensOn ? `${sep}${s('structure.history.reopens', { on: e.reopensOn })}` : ''}
          </div>
        )}
        {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
        <div>
          <Typography.Text type="secondary">
            {s('structure.history.recorded', { by, at: fmtDateTime(e.recordedAt) })}
          </Typography.Text>
        </div>
      </>
    ),
  };
}

function items(h: BedHistory, s: StructureText, sep: string) {
  const removed = h.bed.removedOn
    ? [{ key: 'removed', color: 'gray', content: s('structure.history.removed', { on: h.bed.removedOn }) }]
    : [];
  const placed = h.bed.placedOn
    ? [{ key: 'placed', color: 'blue', content: s('structure.history.placed', { on: h.bed.placedOn }) }]
    : [];
  const registered = {
    key: 'registered',
    color: 'blue',
    content: s('structure.history.registered', {
      at: fmtDateTime(h.registeredAt),
      by: h.registeredByName ?? s('structure.history.unknownUser'),
    }),
  };
  return [...removed, ...h.stateEvents.map((e) => stateItem(e, s, sep)), ...placed, registered];
}

export function StructureBedHistory({ bedId, onClose }: { bedId: string | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const s = useStructureText();
  const history = useBedHistory(bedId);
  const h = history.data;
  const title = h
    ? s('structure.history.title', {
        ward: h.wardCode,
        bed: h.roomCode ? `${h.roomCode}-${h.bed.code}` : h.bed.code,
      })
    : s('structure.bed.history');
  return (
    <Drawer open={bedId !== null} onClose={onClose} title={title} size={480} destroyOnHidden>
      <div data-testid="structure-bed-history">
        {history.isLoading && <Loading />}
        {history.error && <Alert type="error" showIcon title={errorMessage(history.error, t)} />}
        {h && (
          <>
            {h.stateEvents.length === 0 && (
              <Typography.Paragraph type="secondary">{s('structure.history.noStates')}</Typography.Paragraph>
            )}
            <Timeline items={items(h, s, lang === 'en' ? '; ' : '；')} />
            <Typography.Paragraph type="secondary">{s('structure.history.audit')}</Typography.Paragraph>
          </>
        )}
      </div>
    </Drawer>
  );
}
