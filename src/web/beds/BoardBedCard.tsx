// One bed of the department board, compact: its code and state colour, an extra bed (加床) marked; the
// patient — name, sex, age, surgery date and procedure, post-op day, expected discharge, isolation, an open
// NEWS2 alert — or whom it is reserved for, or why it is closed. A click opens the bed's actions.
import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { BoardBedState } from '../../api/beds';
import { fmtTime } from '../shared/format';
import { isMessageKey, type Translate, useI18n } from '../shared/i18n';
import type { BoardBed } from './board.resource';

export const STATE_STYLE: Record<BoardBedState, { borderColor: string; background: string }> = {
  free: { borderColor: '#52c41a', background: '#f6ffed' },
  occupied: { borderColor: '#1677ff', background: '#e6f4ff' },
  reserved: { borderColor: '#722ed1', background: '#f9f0ff' },
  cleaning: { borderColor: '#13c2c2', background: '#e6fffb' },
  closed: { borderColor: '#bfbfbf', background: '#f5f5f5' },
};

// The board's own copy of the NEWS2 band colours (monitoring/news2-band.ts), so that the page is one chunk.
const BAND_COLOR: Record<string, string> = {
  low: 'green',
  low_medium: 'gold',
  medium: 'orange',
  high: 'red',
};

/** A date (or instant) as month-day, the board's short form. */
export const shortDate = (d: string): string => dayjs(d).format('MM-DD');

export const sexText = (sex: string, t: Translate): string => {
  const key = `beds.board.sex.${sex}`;
  return isMessageKey(key) ? t(key) : sex;
};

export function postopText(day: number | null, t: Translate): string | null {
  if (day === null) return null;
  return day === 0 ? t('beds.board.bed.surgeryDay') : t('beds.board.bed.postopDay', { n: day });
}

const line = { fontSize: 12, lineHeight: '18px', display: 'block' } as const;

export function BoardBedCard({ bed, onOpen }: { bed: BoardBed; onOpen: (bedId: string) => void }) {
  const { t } = useI18n();
  const o = bed.occupant;
  return (
    <button
      type="button"
      onClick={() => onOpen(bed.id)}
      data-testid={`bed-${bed.id}`}
      data-state={bed.state}
      data-code={bed.code}
      style={{
        width: 168,
        minHeight: 96,
        padding: '4px 6px',
        border: '1px solid',
        borderLeftWidth: 4,
        borderRadius: 4,
        textAlign: 'left',
        cursor: 'pointer',
        font: 'inherit',
        ...STATE_STYLE[bed.state],
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 4 }}>
        <strong>{t('beds.board.bed.code', { code: bed.code })}</strong>
        <span>
          {bed.extra && (
            <Tag color="orange" style={{ marginInlineEnd: 2 }} data-testid={`bed-${bed.id}-extra`}>
              {t('beds.board.bed.extra')}
            </Tag>
          )}
          {o?.news2Alert && (
            <Tag
              color={BAND_COLOR[o.news2Alert.band] ?? 'red'}
              style={{ marginInlineEnd: 0 }}
              title={t('beds.board.bed.news2Raised', { time: fmtTime(o.news2Alert.raisedAt) })}
              data-testid={`bed-${bed.id}-news2`}
            >
              NEWS2 {o.news2Alert.total}
            </Tag>
          )}
        </span>
      </div>
      {o ? (
        <>
          <span style={{ ...line, fontSize: 13 }}>
            <strong>{o.name}</strong>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {sexText(o.sex, t)}
              {o.age !== null && ` ${t('beds.board.bed.age', { n: o.age })}`}
            </Typography.Text>
          </span>
          {o.surgery && (
            <Typography.Text ellipsis style={line} title={o.surgery.procedure ?? undefined}>
              {shortDate(o.surgery.date)} {o.surgery.procedure ?? t('beds.board.bed.noProcedure')}
            </Typography.Text>
          )}
          <span style={line}>
            {postopText(o.postopDay, t)}
            {o.expectedDischargeOn && (
              <span data-testid={`bed-${bed.id}-expected`}>
                {o.postopDay !== null && ' · '}
                {t('beds.board.bed.expected', { date: shortDate(o.expectedDischargeOn) })}
              </span>
            )}
          </span>
          {o.isolation && (
            <Tag color="magenta" style={{ marginTop: 2 }} data-testid={`bed-${bed.id}-isolation`}>
              {t('beds.board.bed.isolation')}
            </Tag>
          )}
          {bed.reservedFor && (
            <Typography.Text type="secondary" style={line} data-testid={`bed-${bed.id}-held`}>
              {t('beds.board.bed.nextFor', {
                name: bed.reservedFor.patientName,
                until: shortDate(bed.reservedFor.until),
              })}
            </Typography.Text>
          )}
        </>
      ) : (
        <span style={{ ...line, color: '#595959' }}>
          {t(`beds.board.state.${bed.state}`)}
          {bed.reservedFor && (
            <span style={line}>
              {t('beds.board.bed.reservedFor', {
                name: bed.reservedFor.patientName,
                until: shortDate(bed.reservedFor.until),
              })}
            </span>
          )}
          {bed.closure && (
            <span style={line}>
              {t(`beds.board.closure.${bed.closure.reason}`)}
              {bed.closure.reopensOn &&
                ` · ${t('beds.board.bed.reopens', { date: shortDate(bed.closure.reopensOn) })}`}
            </span>
          )}
        </span>
      )}
    </button>
  );
}
