// A bed's side panel: where it is, its state, its patient in full, and what can be done with it — for a
// patient: transfer, swap, discharge, expected discharge, the stays history; for an empty bed: cleaning,
// cleaning done, close with the reason and reopening date, reopen. Each action opens its dialog.
import { Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Board } from '../../api/beds';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { postopText, STATE_STYLE, sexText } from './BoardBedCard';
import { type BedPlace, wardName } from './board.resource';
import { type BedStateTarget, MovementBedStateDialog } from './MovementBedStateDialog';
import { MovementDischargeDialog } from './MovementDischargeDialog';
import { MovementExpectedDialog } from './MovementExpectedDialog';
import { MovementStaysDialog } from './MovementStaysDialog';
import { MovementSwapDialog } from './MovementSwapDialog';
import { MovementTransferDialog } from './MovementTransferDialog';

type Dialog = 'transfer' | 'swap' | 'discharge' | 'expected' | 'stays' | BedStateTarget;

export function BoardBedDrawer({
  place,
  board,
  onClose,
}: {
  place: BedPlace;
  /** The whole pool, to pick a target bed or the other patient from. */
  board: Board;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { ward, room, bed } = place;
  const o = bed.occupant;
  const assign = can('beds.assign');
  const action = (key: Dialog, label: string, testId: string, danger = false) => (
    <Button key={key} danger={danger} onClick={() => setDialog(key)} data-testid={`bed-action-${testId}`}>
      {label}
    </Button>
  );
  const actions = o
    ? [
        assign && action('transfer', t('beds.board.action.transfer'), 'transfer'),
        assign && action('swap', t('beds.board.action.swap'), 'swap'),
        assign && action('discharge', t('beds.board.action.discharge'), 'discharge', true),
        assign && action('expected', t('beds.board.action.expected'), 'expected'),
        action('stays', t('beds.board.action.stays'), 'stays'),
      ]
    : assign
      ? [
          bed.state === 'free' && action('cleaning', t('beds.board.action.cleaning'), 'cleaning'),
          bed.state === 'cleaning' && action('available', t('beds.board.action.cleanDone'), 'clean-done'),
          bed.state === 'closed' && action('available', t('beds.board.action.reopen'), 'reopen'),
          bed.state !== 'closed' && action('closed', t('beds.board.action.close'), 'close', true),
        ]
      : [];
  return (
    <Drawer
      open
      size={420}
      onClose={onClose}
      title={t('beds.board.drawer.title', { ward: wardName(ward, lang), room: room.code, bed: bed.code })}
      data-testid="bed-drawer"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag style={{ ...STATE_STYLE[bed.state], color: '#262626' }} data-testid="bed-drawer-state">
          {t(`beds.board.state.${bed.state}`)}
        </Tag>
        {bed.extra && <Tag color="orange">{t('beds.board.bed.extra')}</Tag>}
      </Space>
      {o && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('beds.board.drawer.patient')}>
            <Link to={`/patients/${o.patientId}`}>{o.name}</Link>{' '}
            <Typography.Text type="secondary">
              {o.mrn} · {sexText(o.sex, t)}
              {o.age !== null && ` · ${t('beds.board.bed.age', { n: o.age })}`}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('beds.board.drawer.admitted')}>
            {fmtDateTime(o.admittedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('beds.board.drawer.inBedSince')}>
            {fmtDateTime(o.inBedSince)}
          </Descriptions.Item>
          <Descriptions.Item label={t('beds.board.drawer.surgery')}>
            {o.surgery ? (
              <>
                {o.surgery.date.slice(0, 10)} {o.surgery.procedure ?? t('beds.board.bed.noProcedure')}{' '}
                {postopText(o.postopDay, t)}
              </>
            ) : (
              t('beds.board.drawer.noSurgery')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('beds.board.drawer.expected')}>
            {o.expectedDischargeOn ?? t('beds.board.drawer.notSet')}
          </Descriptions.Item>
          {o.isolation && (
            <Descriptions.Item label={t('beds.board.bed.isolation')}>
              <Tag color="magenta">{t('beds.board.bed.isolation')}</Tag>
            </Descriptions.Item>
          )}
          {o.news2Alert && (
            <Descriptions.Item label="NEWS2">
              {t('beds.board.drawer.news2', {
                total: o.news2Alert.total,
                time: fmtDateTime(o.news2Alert.raisedAt),
              })}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {bed.reservedFor && (
        <Typography.Paragraph>
          {t('beds.board.bed.reservedFor', {
            name: bed.reservedFor.patientName,
            until: bed.reservedFor.until,
          })}
        </Typography.Paragraph>
      )}
      {bed.closure && (
        <Typography.Paragraph>
          {t(`beds.board.closure.${bed.closure.reason}`)}
          {bed.closure.reopensOn && ` · ${t('beds.board.bed.reopens', { date: bed.closure.reopensOn })}`}
          {bed.closure.note && ` · ${bed.closure.note}`}
        </Typography.Paragraph>
      )}
      <Space wrap data-testid="bed-actions">
        {actions.filter((a) => !!a)}
      </Space>
      {o && dialog === 'transfer' && (
        <MovementTransferDialog place={place} board={board} onClose={() => setDialog(null)} />
      )}
      {o && dialog === 'swap' && (
        <MovementSwapDialog place={place} board={board} onClose={() => setDialog(null)} />
      )}
      {o && dialog === 'discharge' && (
        <MovementDischargeDialog place={place} onClose={() => setDialog(null)} />
      )}
      {o && dialog === 'expected' && <MovementExpectedDialog place={place} onClose={() => setDialog(null)} />}
      {o && dialog === 'stays' && (
        <MovementStaysDialog
          admissionId={o.admissionId}
          name={o.name}
          board={board}
          onClose={() => setDialog(null)}
        />
      )}
      {(dialog === 'available' || dialog === 'cleaning' || dialog === 'closed') && (
        <MovementBedStateDialog place={place} target={dialog} onClose={() => setDialog(null)} />
      )}
    </Drawer>
  );
}
