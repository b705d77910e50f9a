// The record's events in time order: each with when it was recorded if later, its corrections, and —
// before signing — its correction or voiding (an event that moved the case is corrected, not voided).
import { Button, Card, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { eventDef } from '../../domain/anesthesia/record-vocabulary';
import { fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { EntryMarks, voidedStyle } from './EntryMarks';
import { EventEditDialog } from './EventEditDialog';
import type { PanelProps } from './record-panel';

type Event = AnesthesiaRecord['events'][number];

export function EventsCard({ c, rec, editable, onDone }: PanelProps) {
  const { t, locale } = useI18n();
  const [correcting, setCorrecting] = useState<{ event: Event; action: 'edit' | 'void' } | null>(null);
  return (
    <Card size="small" title={t('record.events')} data-testid="events-card">
      {rec.events.map((e) => {
        const moves = !!eventDef(e.code)?.transition;
        return (
          <div
            key={e.id}
            style={{ fontSize: 12 }}
            data-testid="event-row"
            data-code={e.code}
            data-voided={e.voided ? 'true' : 'false'}
          >
            <span style={voidedStyle(!!e.voided)}>
              <span data-testid="event-row-time">{fmtTime(e.at)}</span> <strong>{e.label[locale]}</strong>{' '}
              {e.text}
            </span>
            {e.overrideReason && <Typography.Text type="warning"> · {e.overrideReason}</Typography.Text>}{' '}
            <EntryMarks entry={e} />
            {editable && !e.voided && (
              <>
                <Button
                  size="small"
                  type="link"
                  onClick={() => setCorrecting({ event: e, action: 'edit' })}
                  data-testid="event-edit"
                >
                  {t('record.correct')}
                </Button>
                {moves ? (
                  <Tooltip title={t('record.movedCase')}>
                    <Button size="small" type="link" danger disabled>
                      {t('record.void')}
                    </Button>
                  </Tooltip>
                ) : (
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => setCorrecting({ event: e, action: 'void' })}
                  >
                    {t('record.void')}
                  </Button>
                )}
              </>
            )}
          </div>
        );
      })}
      {correcting && (
        <EventEditDialog
          caseId={c.id}
          rec={rec}
          event={correcting.event}
          action={correcting.action}
          onClose={() => setCorrecting(null)}
          onDone={async () => {
            setCorrecting(null);
            await onDone();
          }}
        />
      )}
    </Card>
  );
}
