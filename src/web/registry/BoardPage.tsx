import { Alert, Button, DatePicker, Empty, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Case } from '../../api/registry';
import { CASE_STATUSES, STATUS_LABELS } from '../../domain/registry/case-status';
import { useOrRooms } from '../shared/directory.resource';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { STATUS_COLORS } from '../shared/status';
import { BoardCaseCard } from './BoardCaseCard';
import { DAY_HOURS, DAY_START_HOUR, HOURS, LANE_HEIGHT, lanes } from './board-lanes';
import { useBoard } from './case.resource';

export default function BoardPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? dayjs().format('YYYY-MM-DD');
  const day = dayjs(date);
  const board = useBoard(date);
  const rooms = useOrRooms();

  const byRoom = useMemo(() => {
    const map = new Map<string, Case[]>();
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
          {byRoom.size === 0 && <Empty description={t('board.empty')} style={{ padding: 32 }} />}
        </div>
      )}
    </div>
  );
}
