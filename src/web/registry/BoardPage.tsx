import { Alert, Button, DatePicker, Empty, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Case } from '../../api/registry';
import { CASE_STATUSES, STATUS_LABELS } from '../../domain/registry/case-status';
import { useOrRooms } from '../shared/directory.resource';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { STATUS_COLORS } from '../shared/status';
import { BoardCaseCard } from './BoardCaseCard';
import { BoardFilters } from './BoardFilters';
import { fitAxis, hourLabel, LANE_HEIGHT, lanes, ticks } from './board-lanes';
import { type FilterKey, filterFromParams, hasFilters, withFilter, withoutFilters } from './board-query';
import { useBoard } from './case.resource';

export default function BoardPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? dayjs().format('YYYY-MM-DD');
  const day = dayjs(date);
  const filter = useMemo(() => filterFromParams(params), [params]);
  const filtered = hasFilters(filter);
  const board = useBoard(date, filter);
  const rooms = useOrRooms();

  const setFilter = useCallback(
    (key: FilterKey | 'date', value: string | undefined) =>
      setParams((p) => withFilter(p, key, value), { replace: key === 'q' }),
    [setParams],
  );

  const cases = board.data?.items ?? [];
  const byRoom = useMemo(() => {
    const map = new Map<string, Case[]>();
    // A filtered board shows only the rooms with a case left; the whole day shows every room.
    if (!filtered) for (const r of rooms.data?.items ?? []) map.set(r.code, []);
    for (const c of cases) map.set(c.orRoom, [...(map.get(c.orRoom) ?? []), c]);
    return map;
  }, [cases, rooms.data, filtered]);
  const roomName = (code: string) => rooms.data?.items.find((r) => r.code === code)?.name ?? code;
  const now = dayjs();
  const axis = fitAxis(cases, day, now);
  const hours = axis.end - axis.start;
  const total = board.data?.facets?.total ?? cases.length;

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
            onChange={(d) => d && setFilter('date', d.format('YYYY-MM-DD'))}
            data-testid="board-date"
          />
          <Button onClick={() => setFilter('date', undefined)}>{t('board.today')}</Button>
          {board.data && (
            <Typography.Text type="secondary" data-testid="board-count">
              {filtered
                ? t('board.countFiltered', { n: cases.length, total })
                : t('board.count', { n: cases.length })}
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
      <BoardFilters
        date={date}
        filter={filter}
        rooms={rooms.data?.items ?? []}
        facets={board.data?.facets}
        onChange={setFilter}
        onClear={() => setParams((p) => withoutFilters(p))}
      />
      {board.isError && <Alert type="error" title={t('app.error.network')} />}
      {board.isLoading || rooms.isLoading ? (
        <Loading />
      ) : (
        <div
          data-testid="or-board"
          data-axis={`${axis.start}-${axis.end}`}
          style={{ background: '#fff', border: '1px solid #f0f0f0', borderRadius: 4 }}
        >
          <div style={{ display: 'flex', borderBottom: '1px solid #f0f0f0', fontSize: 12, color: '#8c8c8c' }}>
            <div style={{ width: 96, flex: 'none', padding: '4px 8px' }}>{t('board.room')}</div>
            <div style={{ position: 'relative', flex: 1, height: 22, marginRight: 24 }}>
              {ticks(axis)
                .filter((tick) => tick.label)
                .map((tick) => {
                  const { time, nextDay } = hourLabel(tick.hour);
                  return (
                    <span
                      key={tick.hour}
                      style={{
                        position: 'absolute',
                        left: `${tick.left}%`,
                        transform: 'translateX(-50%)',
                        top: 3,
                        whiteSpace: 'nowrap',
                      }}
                    >
                      {nextDay ? t('board.nextDay', { time }) : time}
                    </span>
                  );
                })}
            </div>
          </div>
          {[...byRoom.entries()].map(([room, roomCases]) => {
            const { placed, count } = lanes(roomCases, day, axis, now);
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
                    marginRight: 24,
                    height: count * LANE_HEIGHT + 6,
                    backgroundImage: 'linear-gradient(to right, #f5f5f5 1px, transparent 1px)',
                    backgroundSize: `${100 / hours}% 100%`,
                  }}
                >
                  {placed.map(({ c, left, width, lane }) => (
                    <BoardCaseCard
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
          {byRoom.size === 0 && (
            <Empty description={t(filtered ? 'board.noMatch' : 'board.empty')} style={{ padding: 32 }} />
          )}
        </div>
      )}
    </div>
  );
}
