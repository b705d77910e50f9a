import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../domain/auth/permissions';
import { ApiError, api } from '../../app/api';
import { fmtDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n';
import type { Ward } from '../../app/types';
import { applyServerFields } from '../../app/zod-form';

type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  wardIds: string[];
  disabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
};
type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

export default function UsersPage() {
  const { t, lang } = useI18n();
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.get<{ items: User[] }>('/api/v1/users') });
  const wards = useQuery({
    queryKey: ['wards'],
    queryFn: () => api.get<{ items: Ward[] }>('/api/v1/wards'),
    staleTime: 600_000,
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const wardName = (id: string) => wards.data?.items.find((w) => w.id === id)?.name ?? id.slice(0, 8);

  return (
    <div>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'create' })}
          data-testid="user-create"
        >
          {t('users.new')}
        </Button>
      </Space>
      <Table<User>
        rowKey="id"
        size="middle"
        loading={users.isLoading}
        dataSource={users.data?.items}
        pagination={false}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.role'), dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r][lang] },
          {
            title: t('users.wards'),
            dataIndex: 'wardIds',
            render: (ids: string[]) =>
              ids.length === 0 ? t('users.allWards') : ids.map(wardName).join('、'),
          },
          {
            title: t('users.status'),
            key: 'status',
            render: (_, u) => (
              <Space size={4}>
                {u.disabled ? (
                  <Tag>{t('users.disabled')}</Tag>
                ) : (
                  <Tag color="green">{t('users.enabled')}</Tag>
                )}
                {u.lockedUntil && new Date(u.lockedUntil) > new Date() && (
                  <Tag color="red">{t('users.locked')}</Tag>
                )}
                {u.mustChangePassword && <Tag color="orange">{t('users.mustChange')}</Tag>}
              </Space>
            ),
          },
          { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', render: fmtDateTime },
          {
            key: 'actions',
            render: (_, u) => (
              <Space>
                <Button size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
                  {t('users.edit')}
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'reset', user: u })}>
                  {t('users.resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog && (
        <UserDialog dialog={dialog} wards={wards.data?.items ?? []} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}

function UserDialog({
  dialog,
  wards,
  onClose,
}: {
  dialog: NonNullable<Dialog>;
  wards: Ward[];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const user = dialog.kind === 'create' ? null : dialog.user;

  const save = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      if (dialog.kind === 'create') await api.post('/api/v1/users', { ...v, wardIds: v.wardIds ?? [] });
      else if (dialog.kind === 'edit')
        await api.put(`/api/v1/users/${dialog.user.id}`, {
          displayName: v.displayName,
          role: v.role,
          wardIds: v.wardIds ?? [],
          disabled: v.disabled,
          version: dialog.user.version,
        });
      else await api.post(`/api/v1/users/${dialog.user.id}/reset-password`, { password: v.password });
      message.success(t('form.saved'));
      await client.invalidateQueries({ queryKey: ['users'] });
      onClose();
    } catch (e) {
      if (e instanceof ApiError) {
        applyServerFields(form, e.body.fields);
        setError(e.body.message);
      } else setError(t('app.error.network'));
    }
  };
  const title =
    dialog.kind === 'create'
      ? t('users.new')
      : dialog.kind === 'edit'
        ? t('users.edit')
        : t('users.resetPassword');

  return (
    <Modal
      open
      title={`${title}${user ? ` · ${user.username}` : ''}`}
      onOk={save}
      onCancel={onClose}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          user
            ? {
                displayName: user.displayName,
                role: user.role,
                wardIds: user.wardIds,
                disabled: user.disabled,
              }
            : { role: 'nurse', wardIds: [] }
        }
      >
        {dialog.kind === 'create' && (
          <Form.Item
            name="username"
            label={t('users.username')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        {dialog.kind !== 'reset' && (
          <>
            <Form.Item
              name="displayName"
              label={t('users.displayName')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
              <Select options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))} />
            </Form.Item>
            <Form.Item name="wardIds" label={t('users.wards')} tooltip={t('users.allWards')}>
              <Select
                mode="multiple"
                allowClear
                options={wards.map((w) => ({ value: w.id, label: w.name }))}
              />
            </Form.Item>
          </>
        )}
        {dialog.kind === 'edit' && (
          <Form.Item name="disabled" label={t('users.disable')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        {dialog.kind !== 'edit' && (
          <Form.Item
            name="password"
            label={dialog.kind === 'create' ? t('users.password') : t('users.newPassword')}
            extra={t('password.hint')}
            rules={[
              { required: true, message: t('form.required') },
              { min: 10, message: t('password.hint') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
