// The interface inbox of one status; a quarantined message can name its device and be replayed.
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { InboxEntry } from '../../api/interop';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { DeviceDialog } from './DeviceDialog';
import { useInbox, useReplay } from './interop.resource';

export function InboxList({ status }: { status: 'quarantined' | 'rejected' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const replayMessage = useReplay();
  const [registering, setRegistering] = useState<InboxEntry | null>(null);
  const list = useInbox(status);
  const replay = async (m: InboxEntry) => {
    try {
      const r = await replayMessage.mutateAsync(m.id);
      if (r.outcome === 'stored') message.success(t('devices.replayed'));
      else message.warning(t('devices.stillUnknown'));
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  if (list.error) return <Alert type="error" title={list.error.message} />;
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        data-testid={`inbox-${status}`}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (m: InboxEntry) => (
            <Typography.Paragraph
              copyable
              style={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 12, margin: 0 }}
            >
              {m.raw.replace(/\r/g, '\n')}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: t('devices.received'),
            dataIndex: 'receivedAt',
            width: 150,
            render: (v: string) => fmtDateTime(v),
          },
          { title: t('devices.from'), dataIndex: 'remoteAddress', width: 120 },
          { title: t('devices.hint'), dataIndex: 'deviceHint', render: (v: string | null) => v ?? '—' },
          { title: t('devices.type'), dataIndex: 'messageType', render: (v: string | null) => v ?? '—' },
          { title: t('devices.reason'), dataIndex: 'reason' },
          ...(status === 'quarantined'
            ? [
                {
                  title: '',
                  width: 180,
                  render: (_: unknown, m: InboxEntry) => (
                    <Space size={2}>
                      <Button size="small" type="link" onClick={() => setRegistering(m)}>
                        {t('devices.register')}
                      </Button>
                      <Button size="small" type="link" onClick={() => replay(m)}>
                        {t('devices.replay')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {registering && (
        <DeviceDialog
          device={null}
          initial={{ identifier: registering.deviceHint ?? '', address: null }}
          onClose={() => setRegistering(null)}
        />
      )}
    </>
  );
}
