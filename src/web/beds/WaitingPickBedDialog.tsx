// 另选床位: every bed of the pool checked against one waiting patient, with what each would break (the
// hard rules of src/domain/beds: free in time, room sex, isolation, monitored bed, staffing limit). A bed
// that breaks a rule is taken only with an override reason, and only by those who hold beds.override.
import { Checkbox, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { BedRequest, Board } from '../../api/beds';
import { useI18n } from '../shared/i18n';
import { type CheckedBed, checkedBeds, useAdmit, useBedCheck, wardName } from './board.resource';
import { MovementDialog } from './MovementDialog';
import { MovementOverride, useCanOverride } from './MovementOverride';
import { atOf, MovementTimeField } from './MovementTimeField';

export function WaitingPickBedDialog({
  request,
  board,
  onClose,
}: {
  request: BedRequest;
  /** The whole pool (unfiltered); undefined while it loads. */
  board: Board | undefined;
  onClose: () => void;
}) {
  const { t, locale, lang } = useI18n();
  const check = useBedCheck(request.id);
  const admit = useAdmit();
  const canOverride = useCanOverride();
  const [bedId, setBedId] = useState<string | null>(null);
  const [fitOnly, setFitOnly] = useState(false);
  const [at, setAt] = useState<Dayjs | null>(null);
  const [reason, setReason] = useState('');
  const [serverBroken, setServerBroken] = useState(false);
  const rows = checkedBeds(board, check.data).filter((r) => !fitOnly || r.violations.length === 0);
  const chosen = rows.find((r) => r.bed.id === bedId) ?? null;
  const rules = chosen?.violations.map((v) => v.message[locale]) ?? [];
  const breaks = rules.length > 0 || serverBroken;
  const ready = !!chosen && (!breaks || (canOverride && !!reason.trim()));
  const choose = (r: CheckedBed) => {
    if (r.bed.occupant) return;
    setBedId(r.bed.id);
    setServerBroken(false);
  };
  const labels = {
    bedId: t('beds.board.wait.bed'),
    at: t('beds.board.move.at'),
    override: t('beds.board.override.reason'),
  };
  return (
    <MovementDialog
      title={t('beds.board.wait.pickTitle', { name: request.patientName })}
      testId="pick-bed"
      width={900}
      labels={labels}
      okText={t('beds.board.wait.admit')}
      okDisabled={!ready}
      onClose={onClose}
      onRulesBroken={() => {
        setServerBroken(true);
        void check.refetch();
      }}
      onSubmit={() =>
        admit.mutateAsync({
          requestId: request.id,
          body: {
            bedId: chosen!.bed.id,
            at: atOf(at),
            override: breaks ? { reason: reason.trim() } : undefined,
            requestVersion: request.version,
          },
        })
      }
    >
      {(errors) => (
        <>
          <Checkbox
            checked={fitOnly}
            onChange={(e) => setFitOnly(e.target.checked)}
            data-testid="pick-fit-only"
          >
            {t('beds.board.wait.fitOnly')}
          </Checkbox>
          <Table
            size="small"
            rowKey={(r) => r.bed.id}
            loading={check.isLoading || !board}
            dataSource={rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ y: 320 }}
            style={{ margin: '8px 0' }}
            data-testid="pick-bed-table"
            rowSelection={{
              type: 'radio',
              selectedRowKeys: bedId ? [bedId] : [],
              onChange: (keys) => {
                const r = rows.find((x) => x.bed.id === keys[0]);
                if (r) choose(r);
              },
              getCheckboxProps: (r) => ({ disabled: !!r.bed.occupant }),
            }}
            onRow={(r) =>
              ({
                onClick: () => choose(r),
                style: { cursor: r.bed.occupant ? 'not-allowed' : 'pointer' },
                'data-testid': `pick-row-${r.bed.id}`,
                'data-violations': r.violations.length,
              }) as object
            }
            columns={[
              {
                title: t('beds.board.wait.ward'),
                render: (_: unknown, r: CheckedBed) => wardName(r.ward, lang),
              },
              {
                title: t('beds.board.wait.bed'),
                render: (_: unknown, r: CheckedBed) =>
                  t('beds.board.move.bedLabel', { room: r.room.code, bed: r.bed.code }),
              },
              {
                title: t('beds.board.wait.state'),
                render: (_: unknown, r: CheckedBed) => (
                  <>
                    {t(`beds.board.state.${r.bed.state}`)}
                    {r.bed.occupant && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {' '}
                        {r.bed.occupant.name}
                      </Typography.Text>
                    )}
                  </>
                ),
              },
              {
                title: t('beds.board.wait.breaks'),
                render: (_: unknown, r: CheckedBed) =>
                  r.violations.length === 0 ? (
                    <Tag color="green">{t('beds.board.wait.fits')}</Tag>
                  ) : (
                    r.violations.map((v) => (
                      <div key={v.kind}>
                        <Tag color="red" style={{ whiteSpace: 'normal' }}>
                          {v.message[locale]}
                        </Tag>
                      </div>
                    ))
                  ),
              },
            ]}
          />
          {breaks && chosen && (
            <MovementOverride
              rules={rules.length ? rules : undefined}
              value={reason}
              onChange={setReason}
              error={errors.override}
            />
          )}
          <MovementTimeField value={at} onChange={setAt} testId="pick-bed-at" error={errors.at} />
        </>
      )}
    </MovementDialog>
  );
}
