// 待入院/待分床: the booked admissions, urgent first, each with its proposed bed and the proposal's own
// explanation (the joint proposal of the day's list, issue 13 §3); 接受 admits into that bed, 另选床位 shows
// every bed with what it would break. A bed someone took meanwhile (409) is said by name and the
// proposals reload.
import { App, Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { BedRequest } from '../../api/beds';
import { CorrectionModal } from '../shared/CorrectionModal';
import { errorText } from '../shared/error-text';
import { todayLocal } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { sexText } from './BoardBedCard';
import {
  acceptAction,
  byUrgency,
  NO_FILTER,
  placesOf,
  useAdmit,
  useBedBoard,
  useBedRequests,
  useCancelRequest,
  useProposals,
  useReserve,
  wardName,
} from './board.resource';
import { WaitingLosCell } from './WaitingLosCell';
import { WaitingPickBedDialog } from './WaitingPickBedDialog';
import { WaitingRequestForm } from './WaitingRequestForm';

export function WaitingList() {
  const { t, locale, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const [date, setDate] = useState<string | null>(null);
  const requests = useBedRequests();
  const proposals = useProposals(date);
  const admit = useAdmit();
  const reserve = useReserve();
  const cancel = useCancelRequest();
  const [picking, setPicking] = useState<string | null>(null);
  const [editing, setEditing] = useState<BedRequest | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<BedRequest | null>(null);
  const [accepting, setAccepting] = useState<string | null>(null);
  // The whole pool: whether a proposed bed is free now, and the beds to pick from.
  const board = useBedBoard(NO_FILTER);
  const places = new Map(placesOf(board.data).map((p) => [p.bed.id, p]));
  const today = board.data?.today ?? todayLocal();
  const bedText = (bedId: string | null) => {
    const place = bedId ? places.get(bedId) : undefined;
    return place
      ? `${wardName(place.ward, lang)} ${t('beds.board.bed.code', { code: place.bed.code })}`
      : '—';
  };
  const items = [...(requests.data?.items ?? [])].sort(byUrgency);
  const proposalOf = new Map((proposals.data?.items ?? []).map((p) => [p.requestId, p]));
  const assign = can('beds.assign');
  const book = can('beds.request');
  const picked = items.find((r) => r.id === picking) ?? null;

  const labels: Record<string, string> = {
    bedId: t('beds.board.wait.bed'),
    patientId: t('beds.board.wait.patient'),
    until: t('beds.board.wait.reservedUntil'),
  };

  /** Admits into the bed, or holds it for the patient when the admission is not due or the bed not yet free. */
  const accept = async (r: BedRequest, bedId: string) => {
    const action = r.status === 'reserved' ? 'admit' : acceptAction(r, places.get(bedId)?.bed, today);
    setAccepting(r.id);
    try {
      if (action === 'admit') {
        await admit.mutateAsync({ requestId: r.id, body: { bedId, requestVersion: r.version } });
        message.success(t('beds.board.wait.admitted', { name: r.patientName, bed: bedText(bedId) }));
      } else {
        const until = r.plannedAdmissionOn < today ? today : r.plannedAdmissionOn;
        await reserve.mutateAsync({ id: r.id, body: { bedId, until, version: r.version } });
        message.success(
          t('beds.board.wait.reservedDone', { name: r.patientName, bed: bedText(bedId), until }),
        );
      }
    } catch (e) {
      message.error(errorText(e, t, locale, (path) => labels[path]));
    } finally {
      setAccepting(null);
    }
  };
  const release = async (r: BedRequest) => {
    try {
      await reserve.mutateAsync({ id: r.id, body: { bedId: null, version: r.version } });
    } catch (e) {
      message.error(errorText(e, t, locale, (path) => labels[path]));
    }
  };
  const proposalCell = (r: BedRequest) => {
    if (r.status === 'reserved')
      return (
        <Typography.Text
          data-testid={`proposal-${r.id}`}
          data-kind="reserved"
          data-bed-id={r.reservedBedId ?? undefined}
        >
          {t('beds.board.wait.heldFor', { bed: bedText(r.reservedBedId), until: r.reservedUntil ?? '—' })}
        </Typography.Text>
      );
    const p = proposalOf.get(r.id);
    if (!p)
      return (
        <Typography.Text type="secondary" data-testid={`proposal-${r.id}`} data-kind="none">
          {proposals.isLoading ? t('app.loading') : t('beds.board.wait.noProposal')}
        </Typography.Text>
      );
    return (
      <div
        data-testid={`proposal-${r.id}`}
        data-kind={p.kind}
        data-bed-id={p.kind === 'bed' ? p.bedId : undefined}
        style={{ maxWidth: 360 }}
      >
        {p.kind === 'bed' ? (
          <Typography.Text>{p.explanation[locale]}</Typography.Text>
        ) : (
          <Typography.Text type="warning">{p.explanation[locale]}</Typography.Text>
        )}
      </div>
    );
  };

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="waiting-list"
      title={
        <Space>
          <span>{t('beds.board.wait.title')}</span>
          <Tag data-testid="waiting-count">{t('beds.board.wait.count', { n: items.length })}</Tag>
        </Space>
      }
      extra={
        <Space>
          <span style={{ fontSize: 12 }}>{t('beds.board.wait.proposalsFor')}</span>
          <DatePicker
            size="small"
            allowClear
            placeholder={proposals.data?.date ?? t('beds.board.wait.today')}
            value={date ? dayjs(date) : null}
            onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : null)}
            data-testid="proposals-date"
          />
          {book && (
            <Button size="small" type="primary" onClick={() => setEditing('new')} data-testid="request-add">
              {t('beds.board.wait.add')}
            </Button>
          )}
        </Space>
      }
    >
      {requests.error && (
        <Typography.Text type="danger">{errorText(requests.error, t, locale, () => null)}</Typography.Text>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={requests.isLoading}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('beds.board.wait.empty') }}
        onRow={(r) => ({ 'data-testid': `request-${r.id}`, 'data-priority': r.priority }) as object}
        columns={[
          {
            title: t('beds.board.wait.patient'),
            render: (_: unknown, r: BedRequest) => (
              <>
                {r.priority === 'urgent' && <Tag color="red">{t('beds.board.priority.urgent')}</Tag>}
                <strong>{r.patientName}</strong>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {sexText(r.sex, t)}
                  {r.age !== null && ` ${t('beds.board.bed.age', { n: r.age })}`} · {r.mrn}
                </Typography.Text>
                {r.status === 'reserved' && (
                  <div>
                    <Tag color="purple">{t('beds.board.wait.reserved')}</Tag>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('beds.board.wait.planned'),
            render: (_: unknown, r: BedRequest) => (
              <span style={{ fontSize: 12 }}>
                {t('beds.board.wait.admission', { date: r.plannedAdmissionOn })}
                <br />
                {r.plannedSurgeryOn
                  ? t('beds.board.wait.surgery', { date: r.plannedSurgeryOn })
                  : t('beds.board.wait.noSurgery')}
              </span>
            ),
          },
          {
            title: t('beds.board.wait.procedure'),
            render: (_: unknown, r: BedRequest) => (
              <>
                {r.procedureName ?? '—'}{' '}
                {r.procedureGrade !== null && <Tag>{t('beds.board.grade', { n: r.procedureGrade })}</Tag>}
              </>
            ),
          },
          {
            title: t('beds.board.wait.needs'),
            render: (_: unknown, r: BedRequest) => (
              <>
                {r.isolation && <Tag color="magenta">{t('beds.board.bed.isolation')}</Tag>}
                {r.needsMonitored && (
                  <Tag color="volcano">
                    {r.monitoredDays
                      ? t('beds.board.wait.monitoredDays', { n: r.monitoredDays })
                      : t('beds.board.room.monitored')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('beds.board.wait.requested'),
            render: (_: unknown, r: BedRequest) =>
              [r.requestedWardCode, r.surgicalTeam].filter((x) => !!x).join(' · ') || '—',
          },
          {
            title: t('beds.board.wait.los'),
            render: (_: unknown, r: BedRequest) => <WaitingLosCell request={r} editable={book} />,
          },
          { title: t('beds.board.wait.proposal'), render: (_: unknown, r: BedRequest) => proposalCell(r) },
          {
            title: '',
            width: 120,
            render: (_: unknown, r: BedRequest) => {
              const p = proposalOf.get(r.id);
              const bedId = r.status === 'reserved' ? r.reservedBedId : p?.kind === 'bed' ? p.bedId : null;
              return (
                <Space direction="vertical" size={2}>
                  {assign && (
                    <Button
                      size="small"
                      type="primary"
                      disabled={!bedId || (r.status === 'reserved' && !!places.get(bedId)?.bed.occupant)}
                      loading={accepting === r.id}
                      onClick={() => bedId && accept(r, bedId)}
                      data-testid={`accept-${r.id}`}
                      data-action={
                        bedId && r.status !== 'reserved'
                          ? acceptAction(r, places.get(bedId)?.bed, today)
                          : 'admit'
                      }
                    >
                      {r.status === 'reserved' ? t('beds.board.wait.admitHeld') : t('beds.board.wait.accept')}
                    </Button>
                  )}
                  {assign && r.status === 'reserved' && (
                    <Button size="small" onClick={() => release(r)} data-testid={`release-${r.id}`}>
                      {t('beds.board.wait.release')}
                    </Button>
                  )}
                  {assign && (
                    <Button size="small" onClick={() => setPicking(r.id)} data-testid={`pick-bed-${r.id}`}>
                      {t('beds.board.wait.pick')}
                    </Button>
                  )}
                  {book && (
                    <Space size={0}>
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setEditing(r)}
                        data-testid={`request-edit-${r.id}`}
                      >
                        {t('beds.board.wait.edit')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        danger
                        onClick={() => setCancelling(r)}
                        data-testid={`request-cancel-${r.id}`}
                      >
                        {t('beds.board.wait.cancel')}
                      </Button>
                    </Space>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {picked && (
        <WaitingPickBedDialog request={picked} board={board.data} onClose={() => setPicking(null)} />
      )}
      {editing && (
        <WaitingRequestForm request={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {cancelling && (
        <CorrectionModal
          title={t('beds.board.wait.cancelTitle', { name: cancelling.patientName })}
          action="void"
          labels={{
            ok: t('beds.board.wait.cancelOk'),
            reason: t('beds.board.wait.cancelReason'),
            voidNote: t('beds.board.wait.cancelNote'),
          }}
          testId="request-cancel"
          onClose={() => setCancelling(null)}
          errorText={(e) => errorText(e, t, locale, () => null)}
          onSubmit={async (reason) => {
            await cancel.mutateAsync({ id: cancelling.id, body: { reason, version: cancelling.version } });
            setCancelling(null);
          }}
        />
      )}
    </Card>
  );
}
