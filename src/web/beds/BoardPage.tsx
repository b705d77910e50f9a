// 全科床位一览 (issue 13 §2): every bed of every ward of the department, grouped by ward and room, with each
// ward's occupancy and the department's, the filters in the page's search, the waiting list with its
// proposed beds, and the discharges expected today and tomorrow. Live on the topic `beds`.
import { Alert, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { BED_STATES } from '../../api/beds';
import { errorText } from '../shared/error-text';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { useSession } from '../shared/session';
import { STATE_STYLE } from './BoardBedCard';
import { BoardBedDrawer } from './BoardBedDrawer';
import { BoardDischarges } from './BoardDischarges';
import { BoardFilters } from './BoardFilters';
import { BoardWard } from './BoardWard';
import {
  filterOfSearch,
  NO_FILTER,
  percent,
  placesOf,
  searchOfFilter,
  useBedBoard,
  useBedsLive,
} from './board.resource';
import { WaitingList } from './WaitingList';

export default function BoardPage() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = filterOfSearch(params);
  useBedsLive();
  const board = useBedBoard(filter);
  const [selected, setSelected] = useState<string | null>(null);
  // The drawer works on the whole pool (a filtered board may not show the bed after a move).
  const full = useBedBoard(NO_FILTER, selected !== null);
  const place = placesOf(full.data).find((p) => p.bed.id === selected) ?? null;
  const counts = new Map<string, number>();
  for (const p of placesOf(board.data)) counts.set(p.bed.state, (counts.get(p.bed.state) ?? 0) + 1);
  const dept = board.data?.department;

  return (
    <div>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('beds.board.title')}
        </Typography.Title>
        {dept && (
          <Tag
            color="blue"
            data-testid="dept-occupancy"
            data-occupied={dept.occupied}
            data-open={dept.openBeds}
          >
            {t('beds.board.occupancy.department', {
              occupied: dept.occupied,
              open: dept.openBeds,
              percent: percent(dept.fraction),
            })}
          </Tag>
        )}
        <Space size={4} wrap data-testid="beds-legend" style={{ fontSize: 12 }}>
          {BED_STATES.map((s) => (
            <span
              key={s}
              data-testid={`legend-${s}`}
              style={{ border: '1px solid', borderRadius: 4, padding: '0 6px', ...STATE_STYLE[s] }}
            >
              {t(`beds.board.state.${s}`)} {counts.get(s) ?? 0}
            </span>
          ))}
        </Space>
        {board.data && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="beds-as-of">
            {t('beds.board.asOf', { time: fmtDateTime(board.data.asOf) })}
          </Typography.Text>
        )}
      </Space>
      <BoardFilters filter={filter} onChange={(f) => setParams(searchOfFilter(f), { replace: true })} />
      {can('beds.request') || can('beds.assign') ? <WaitingList /> : null}
      {board.error && <Alert type="error" title={errorText(board.error, t, locale, () => null)} />}
      <Row gutter={12} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }} data-testid="beds-board" data-as-of={board.data?.asOf}>
          {board.isLoading && <Loading />}
          {board.data?.wards.length === 0 && <Empty description={t('beds.board.none')} />}
          {board.data?.wards.map((w) => (
            <BoardWard key={w.id} ward={w} onOpen={setSelected} />
          ))}
        </Col>
        <Col flex="260px">{board.data && <BoardDischarges board={board.data} onOpen={setSelected} />}</Col>
      </Row>
      {place && full.data && (
        <BoardBedDrawer place={place} board={full.data} onClose={() => setSelected(null)} />
      )}
    </div>
  );
}
