// One ward of the department board: its name, its occupancy now (patients, extra beds included, over its
// open beds) and nurse-staffing limit in the header, then its rooms — sex, isolation, monitored — with their beds.
import { Card, Space, Tag, Typography } from 'antd';
import { useI18n } from '../shared/i18n';
import { BoardBedCard } from './BoardBedCard';
import { percent, type BoardWard as Ward, wardName } from './board.resource';

/** How full a ward is, as the header's colour: full (≥ 100 %) red, nearly (≥ 90 %) orange. */
const occupancyColor = (fraction: number | null): string =>
  fraction === null ? 'default' : fraction >= 1 ? 'red' : fraction >= 0.9 ? 'orange' : 'green';

export function BoardWard({ ward, onOpen }: { ward: Ward; onOpen: (bedId: string) => void }) {
  const { t, lang } = useI18n();
  const o = ward.occupancy;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`ward-${ward.code}`}
      title={
        <Space size={8} wrap>
          <span>{wardName(ward, lang)}</span>
          <Tag
            color={occupancyColor(o.fraction)}
            data-testid={`ward-occupancy-${ward.code}`}
            data-occupied={o.occupied}
            data-open={o.openBeds}
          >
            {t('beds.board.occupancy.value', {
              occupied: o.occupied,
              open: o.openBeds,
              percent: percent(o.fraction),
            })}
          </Tag>
          {ward.staffingLimit !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('beds.board.ward.staffingLimit', { n: ward.staffingLimit })}
            </Typography.Text>
          )}
        </Space>
      }
    >
      {ward.rooms.length === 0 && (
        <Typography.Text type="secondary">{t('beds.board.ward.noBeds')}</Typography.Text>
      )}
      {ward.rooms.map((room) => (
        <div key={room.id ?? room.code} style={{ display: 'flex', gap: 8, marginBottom: 6 }}>
          <div style={{ width: 72, flex: 'none', fontSize: 12 }}>
            <div>
              <strong>
                {room.id ? t('beds.board.room.code', { code: room.code }) : t('beds.board.room.none')}
              </strong>
            </div>
            {room.sex !== 'mixed' && (
              <Tag style={{ marginInlineEnd: 0 }}>{t(`beds.board.room.sex.${room.sex}`)}</Tag>
            )}
            {room.isolationCapable && (
              <Tag color="magenta" style={{ marginInlineEnd: 0 }}>
                {t('beds.board.room.isolation')}
              </Tag>
            )}
            {room.monitored && (
              <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
                {t('beds.board.room.monitored')}
              </Tag>
            )}
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
            {room.beds.map((bed) => (
              <BoardBedCard key={bed.id} bed={bed} onOpen={onOpen} />
            ))}
          </div>
        </div>
      ))}
    </Card>
  );
}
