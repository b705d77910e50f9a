import { Button, Modal, Space, Table, Typography } from 'antd';
import { useI18n } from './i18n';
import { diffFields } from './zod-form';

export type Conflict = {
  mine: Record<string, unknown>;
  theirs: Record<string, unknown> & { version: number };
};

/** Shows what someone else saved meanwhile, field by field; nothing is overwritten silently. */
export function ConflictDialog({
  conflict,
  fields,
  labels,
  onUseTheirs,
  onKeepMine,
}: {
  conflict: Conflict | null;
  fields: readonly string[];
  labels: Record<string, string>;
  onUseTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useI18n();
  if (!conflict) return null;
  const show = (v: unknown) =>
    Array.isArray(v) ? v.join('、') : v === null || v === undefined || v === '' ? '—' : String(v);
  const rows = diffFields(conflict.mine, conflict.theirs, fields).map((f) => ({
    key: f,
    field: labels[f] ?? f,
    mine: show(conflict.mine[f]),
    theirs: show(conflict.theirs[f]),
  }));
  return (
    <Modal open title={t('conflict.title')} footer={null} closable={false} width={720}>
      <div data-testid="version-conflict">
        <Typography.Paragraph>
          {t('conflict.explain', { version: conflict.theirs.version })}
        </Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('conflict.field'), dataIndex: 'field', width: 160 },
            { title: t('conflict.mine'), dataIndex: 'mine' },
            { title: t('conflict.theirs'), dataIndex: 'theirs' },
          ]}
        />
        <Space style={{ marginTop: 16, justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onUseTheirs} data-testid="conflict-use-theirs">
            {t('conflict.useTheirs')}
          </Button>
          <Button type="primary" onClick={onKeepMine} data-testid="conflict-keep-mine">
            {t('conflict.keepMine')}
          </Button>
        </Space>
      </div>
    </Modal>
  );
}
