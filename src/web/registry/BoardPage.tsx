import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { flagLabel } from '../../domain/assessment/risk-flags';
import { CASE_STATUSES, STATUS_LABELS } from '../../domain/registry/case-status';
import type { OrRoom, SurgicalCase } from '../app/types';
import { api } from '../shared/api';
import { fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { useLiveTopic } from '../shared/realtime';
import { STATUS_COLORS } from '../shared/status';

const DAY_START_HOUR = 7;
const DAY_HOURS = 16; // 07:00–23:00
const LANE_HEIGHT = 66;
const MIN_CARD_PERCENT = 9;
const HOURS = Array.from({ length: DAY_HOURS + 1 }, (_, h) => h);

/** Where a case sits on the day's timeline, in percent of the width. */
function span(c: SurgicalCase, day: Dayjs): { left: number; width: number } {
  const start = dayjs(c.times.in_room ?? c.scheduledStart);
  const end = c.times.out_of_room ? dayjs(c.times.out_of_room) : start.add(2, 'hour');
  const origin = day.startOf('day').add(DAY_START_HOUR, 'hour');
  const toPercent = (d: Dayjs) => (d.diff(origin, 'minute') / (DAY_HOURS * 60)) * 100;
  const left = Math.min(100 - MIN_CARD_PERCENT, Math.max(0, toPercent(start)));
  return { left, width: Math.max(MIN_CARD_PERCENT, Math.min(100 - left, toPercent(end) - toPercent(start))) };
}

/** Stacks overlapping cards of one room into lanes. */
function lanes(cases: SurgicalCase[], day: Dayjs) {
  const placed: { c: SurgicalCase; left: number; width: number; lane: number }[] = [];
  const laneEnds: number[] = [];
  for (const c of [...cases].sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))) {
    const s = span(c, day);
    let lane = laneEnds.findIndex((end) => end <= s.left);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = s.left + s.width;
    placed.push({ c, ...s, lane });
  }
  return { placed, count: Math.max(1, laneEnds.length) };
}

export default function BoardPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? dayjs().format('YYYY-MM-DD');
  const day = dayjs(date);
  const board = useQuery({
    queryKey: ['board', date],
    queryFn: () => api.get<{ date: string; items: SurgicalCase[] }>(`/api/v1/cases?date=${date}`),
  });
  const rooms = useQuery({
    queryKey: ['or-rooms'],
    queryFn: () => api.get<{ items: OrRoom[] }>('/api/v1/or-rooms'),
    staleTime: 600_000,
  });
  useLiveTopic(`board:${date}`, [['board', date]]);

  const byRoom = useMemo(() => {
    const map = new Map<string, SurgicalCase[]>();
    for (const r of rooms.data?.items ?? []) map.set(r.code, []);
    for (const c of board.data?.items ?? []) map.set(c.orRoom, [...(map.get(c.orRoom) ?? []), c]);
    return map;
  }, [board.data, rooms.data]);
  const roomName = (code: string) => rooms.data?.items.find((r) => r.code === code)?.name ?? code;

  return (
    <div>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('board.title')}
          </Typography.Title>
          <DatePicker
            value={day}
            allowClear={false}
            onChange={(d) => d && setParams({ date: d.format('YYYY-MM-DD') })}
            data-testid="board-date"
          />
          <Button onClick={() => setParams({})}>{t('board.today')}</Button>
          {board.data && (
            <Typography.Text type="secondary">
              {t('board.count', { n: board.data.items.length })}
            </Typography.Text>
          )}
        </Space>
        <Space size={4} wrap>
          {CASE_STATUSES.map((s) => (
            <Tag key={s} color={STATUS_COLORS[s].tag} style={{ marginInlineEnd: 0 }}>
              {STATUS_LABELS[s][lang]}
            </Tag>
          ))}
        </Space>
      </Space>
      {board.isError && <Alert type="error" title={t('app.error.network')} />}
      {board.isLoading || rooms.isLoading ? (
        <Loading />
      ) : (
        <div
          data-testid="or-board"
          style={{ background: '#fff', border: '1px solid #f0f0f0', borderRadius: 4 }}
        >
          <div style={{ display: 'flex', borderBottom: '1px solid #f0f0f0', fontSize: 12, color: '#8c8c8c' }}>
            <div style={{ width: 96, flex: 'none', padding: '4px 8px' }}>{t('board.room')}</div>
            <div style={{ position: 'relative', flex: 1, height: 22 }}>
              {HOURS.map((h) => (
                <span
                  key={h}
                  style={{
                    position: 'absolute',
                    left: `${(h / DAY_HOURS) * 100}%`,
                    transform: 'translateX(-50%)',
                    top: 3,
                  }}
                >
                  {h % 2 === 0 ? `${String(DAY_START_HOUR + h).padStart(2, '0')}:00` : ''}
                </span>
              ))}
            </div>
          </div>
          {[...byRoom.entries()].map(([room, cases]) => {
            const { placed, count } = lanes(cases, day);
            return (
              <div
                key={room}
                style={{ display: 'flex', borderBottom: '1px solid #f0f0f0' }}
                data-testid={`board-room-${room}`}
              >
                <div style={{ width: 96, flex: 'none', padding: 8, fontWeight: 500 }}>{roomName(room)}</div>
                <div
                  style={{
                    position: 'relative',
                    flex: 1,
                    height: count * LANE_HEIGHT + 6,
                    backgroundImage: 'linear-gradient(to right, #f5f5f5 1px, transparent 1px)',
                    backgroundSize: `${100 / DAY_HOURS}% 100%`,
                  }}
                >
                  {placed.map(({ c, left, width, lane }) => (
                    <CaseCard
                      key={c.id}
                      c={c}
                      left={left}
                      width={width}
                      top={lane * LANE_HEIGHT + 3}
                      onOpen={() => navigate(`/cases/${c.id}`)}
                    />
                  ))}
                </div>
              </div>
            );
          })}
          {byRoom.size === 0 && <Empty description={t('board.empty')} style={{ padding: 32 }} />}
        </div>
      )}
    </div>
  );
}

function CaseCard({
  c,
  left,
  width,
  top,
  onOpen,
}: {
  c: SurgicalCase;
  left: number;
  width: number;
  top: number;
  onOpen: () => void;
}) {
  const { t, lang } = useI18n();
  const colors = STATUS_COLORS[c.status];
  return (
    <Tooltip
      title={
        <div>
          <div>
            {c.patient?.name} {c.patient?.mrn}
          </div>
          <div>{c.procedureText}</div>
          <div>
            {t('case.surgeon')}：{c.surgeon} · {t('case.scheduledStart')}：{fmtTime(c.scheduledStart)}
          </div>
          <div>{STATUS_LABELS[c.status][lang]}</div>
          {c.risk && c.risk.flags.length > 0 && (
            <div>
              {t('board.riskFlags', { n: c.risk.flags.length })}：
              {c.risk.flags.map((f) => flagLabel(f, lang)).join('、')}
            </div>
          )}
        </div>
      }
    >
      <button
        type="button"
        data-testid={`case-card-${c.id}`}
        data-status={c.status}
        onClick={onOpen}
        style={{
          position: 'absolute',
          left: `${left}%`,
          width: `calc(${width}% - 4px)`,
          top,
          height: LANE_HEIGHT - 6,
          background: colors.bg,
          border: `1px solid ${colors.border}`,
          borderLeft: `4px solid ${colors.border}`,
          borderRadius: 4,
          padding: '2px 6px',
          textAlign: 'left',
          cursor: 'pointer',
          overflow: 'hidden',
          fontSize: 12,
          lineHeight: '18px',
          opacity: c.status === 'cancelled' ? 0.6 : 1,
          textDecoration: c.status === 'cancelled' ? 'line-through' : 'none',
        }}
      >
        <div style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          <strong>{c.patient?.name}</strong>{' '}
          <span style={{ color: '#8c8c8c' }}>{fmtTime(c.scheduledStart)}</span>{' '}
          {c.risk && c.risk.flags.length > 0 && (
            <Tag
              color="volcano"
              data-testid={`risk-badge-${c.id}`}
              style={{ fontSize: 11, lineHeight: '16px', padding: '0 3px' }}
            >
              {t('board.highRisk')}
            </Tag>
          )}
          {c.urgency === 'emergency' && (
            <Tag color="red" style={{ fontSize: 11, lineHeight: '16px', padding: '0 3px' }}>
              {t('board.emergency')}
            </Tag>
          )}
        </div>
        <div style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {c.procedureText}
        </div>
        <div style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', color: '#595959' }}>
          {STATUS_LABELS[c.status][lang]} · {c.surgeon} · {t('board.grade', { grade: c.grade })}
        </div>
      </button>
    </Tooltip>
  );
}
