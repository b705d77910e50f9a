// An admission's beds over time (what the midnight census replays): each stay with its ward and bed, when
// it began and ended, why, who recorded it and when; a correction keeps the old stay, voided, with the reason.
import { Alert, Button, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BedStay, Board } from '../../api/beds';
import { errorText } from '../shared/error-text';
import { fmtDateTime } from '../shared/format';
import { isMessageKey, useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { useStays } from './board.resource';
import { MovementStayCorrection } from './MovementStayCorrection';

export function MovementStaysDialog({
  admissionId,
  name,
  board,
  onClose,
}: {
  admissionId: string;
  name: string;
  board: Board;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const stays = useStays(admissionId);
  const [correcting, setCorrecting] = useState<BedStay | null>(null);
  const cause = (c: string) => {
    const key = `beds.board.cause.${c}`;
    return isMessageKey(key) ? t(key) : c;
  };
  const struck = (s: BedStay) => (s.voidedAt ? { textDecoration: 'line-through', color: '#8c8c8c' } : {});
  return (
    <Modal open width={960} title={t('beds.board.stays.title', { name })} footer={null} onCancel={onClose}>
      {stays.error && <Alert type="error" title={errorText(stays.error, t, locale, () => null)} />}
      <Table
        size="small"
        rowKey="id"
        loading={stays.isLoading}
        pagination={false}
        dataSource={stays.data?.items ?? []}
        data-testid="bed-stays"
        onRow={(s) =>
          ({ 'data-testid': `stay-${s.id}`, 'data-voided': s.voidedAt ? 'true' : 'false' }) as object
        }
        columns={[
          {
            title: t('beds.board.stays.place'),
            render: (_: unknown, s: BedStay) => (
              <span style={struck(s)}>
                {s.wardCode} {s.bedCode ?? t('beds.board.stays.noBed')}{' '}
                {s.temporary && <Tag color="orange">{t('beds.board.bed.extra')}</Tag>}
              </span>
            ),
          },
          {
            title: t('beds.board.stays.from'),
            render: (_: unknown, s: BedStay) => <span style={struck(s)}>{fmtDateTime(s.fromAt)}</span>,
          },
          {
            title: t('beds.board.stays.to'),
            render: (_: unknown, s: BedStay) => (
              <span style={struck(s)}>{s.toAt ? fmtDateTime(s.toAt) : t('beds.board.stays.current')}</span>
            ),
          },
          {
            title: t('beds.board.stays.cause'),
            render: (_: unknown, s: BedStay) => (
              <>
                <div>{cause(s.cause)}</div>
                {s.reason && <Typography.Text type="secondary">{s.reason}</Typography.Text>}
                {s.overrideReason && (
                  <div>
                    <Tag color="red">{t('beds.board.stays.overridden')}</Tag>
                    {s.overrideReason}
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('beds.board.stays.recorded'),
            render: (_: unknown, s: BedStay) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {fmtDateTime(s.recordedAt)} {s.recordedByName ?? ''}
                {s.voidedAt && (
                  <div>
                    {t('beds.board.stays.voided', {
                      at: fmtDateTime(s.voidedAt),
                      reason: s.voidReason ?? '',
                    })}
                  </div>
                )}
              </Typography.Text>
            ),
          },
          {
            title: '',
            width: 80,
            render: (_: unknown, s: BedStay) =>
              !s.voidedAt &&
              can('beds.assign') && (
                <Button
                  size="small"
                  type="link"
                  onClick={() => setCorrecting(s)}
                  data-testid={`stay-correct-${s.id}`}
                >
                  {t('beds.board.stays.correct')}
                </Button>
              ),
          },
        ]}
      />
      {correcting && (
        <MovementStayCorrection stay={correcting} board={board} onClose={() => setCorrecting(null)} />
      )}
    </Modal>
  );
}
