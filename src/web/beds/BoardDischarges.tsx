// The discharges expected today and tomorrow (issue 13 §2), so that beds can be promised before they are
// free; a patient in a bed opens that bed.
import { Card, Typography } from 'antd';
import type { Board } from '../../api/beds';
import { useI18n } from '../shared/i18n';

type Expected = Board['expectedDischarges']['today'][number];

export function BoardDischarges({ board, onOpen }: { board: Board; onOpen: (bedId: string) => void }) {
  const { t } = useI18n();
  const day = (key: 'today' | 'tomorrow', items: Expected[]) => (
    <div data-testid={`discharges-${key}`} data-count={items.length} style={{ marginBottom: 8 }}>
      <Typography.Text strong>
        {t(key === 'today' ? 'beds.board.discharges.today' : 'beds.board.discharges.tomorrow', {
          n: items.length,
        })}
      </Typography.Text>
      {items.length === 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('beds.board.discharges.none')}
        </Typography.Text>
      ) : (
        items.map((d) => (
          <button
            type="button"
            key={d.admissionId}
            disabled={!d.bedId}
            data-testid={`discharge-${d.admissionId}`}
            onClick={() => d.bedId && onOpen(d.bedId)}
            style={{
              display: 'block',
              width: '100%',
              padding: '4px 0',
              border: 'none',
              borderBottom: '1px solid #f0f0f0',
              background: 'none',
              textAlign: 'left',
              font: 'inherit',
              cursor: d.bedId ? 'pointer' : 'default',
            }}
          >
            {d.patientName}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.wardCode}{' '}
              {d.bedCode ? t('beds.board.bed.code', { code: d.bedCode }) : t('beds.board.stays.noBed')}
            </Typography.Text>
          </button>
        ))
      )}
    </div>
  );
  return (
    <Card size="small" title={t('beds.board.discharges.title')} data-testid="expected-discharges">
      {day('today', board.expectedDischarges.today)}
      {day('tomorrow', board.expectedDischarges.tomorrow)}
    </Card>
  );
}
