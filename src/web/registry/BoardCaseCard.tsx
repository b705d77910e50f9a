// One case on the OR board: a card over its time span, coloured by status, with its details on hover
// and its 手术通知单 to print from the corner.
import { PrinterOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { Case } from '../../api/registry';
import { flagLabel } from '../../domain/assessment/risk-flags';
import { STATUS_LABELS } from '../../domain/registry/case-status';
import { fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { STATUS_COLORS } from '../shared/status';
import { LANE_HEIGHT } from './board-lanes';
import { noticeUrl } from './case.resource';

export function BoardCaseCard({
  c,
  left,
  width,
  top,
  onOpen,
}: {
  c: Case;
  left: number;
  width: number;
  top: number;
  onOpen: () => void;
}) {
  const { t, lang } = useI18n();
  const colors = STATUS_COLORS[c.status];
  return (
    <div
      style={{
        position: 'absolute',
        left: `${left}%`,
        width: `calc(${width}% - 4px)`,
        top,
        height: LANE_HEIGHT - 6,
      }}
    >
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
            width: '100%',
            height: '100%',
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
          <div
            style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', paddingRight: 14 }}
          >
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
          <div
            style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', color: '#595959' }}
          >
            {STATUS_LABELS[c.status][lang]} · {c.surgeon} · {t('board.grade', { grade: c.grade })}
          </div>
        </button>
      </Tooltip>
      <a
        href={noticeUrl(c.id)}
        target="_blank"
        rel="noopener"
        title={t('board.printNotice')}
        aria-label={t('board.printNotice')}
        data-testid={`case-notice-${c.id}`}
        style={{ position: 'absolute', top: 3, right: 6, fontSize: 12, lineHeight: 1, color: '#595959' }}
      >
        <PrinterOutlined />
      </a>
    </div>
  );
}
