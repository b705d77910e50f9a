import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ADMINISTRATOR_ROLES, ROLE_LABELS, ROLES, type Role } from '../../domain/auth/permissions';
import type { Ward } from '../app/types';
import { ApiError, api } from '../shared/api';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { applyServerFields } from '../shared/zod-form';
import { passwordRule, passwordRuleText } from './password-rule';

type Scope = { kind: 'department' } | { kind: 'wards'; ids: string[] };
type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: Scope;
  disabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
};
// 三员分立: the system administrator manages accounts, the security administrator their roles and wards.
type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'reset'; user: User }
  | { kind: 'role'; user: User }
  | null;

const isAdministrator = (role: Role) => (ADMINISTRATOR_ROLES as readonly Role[]).includes(role);

export default function UsersPage() {
  const { t, lang } = useI18n();
  const { me, can } = useSession();
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.get<{ items: User[] }>('/api/v1/users') });
  const wards = useQuery({
    queryKey: ['wards'],
    queryFn: () => api.get<{ items: Ward[] }>('/api/v1/wards'),
    staleTime: 600_000,
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const wardName = (id: string) => wards.data?.items.find((w) => w.id === id)?.name ?? id.slice(0, 8);
  const scopeText = (u: User) => {
    if (isAdministrator(u.role) || u.role === 'unassigned') return t('users.scope.none');
    if (u.scope.kind === 'department') return t('users.allWards');
    return u.scope.ids.length === 0 ? t('users.scope.noWard') : u.scope.ids.map(wardName).join('、');
  };

  return (
    <div>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        {can('user.admin') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
            data-testid="user-create"
          >
            {t('users.new')}
          </Button>
        )}
      </Space>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={can('role.assign') ? t('users.separation.secadmin') : t('users.separation.admin')}
      />
      <Table<User>
        rowKey="id"
        size="middle"
        loading={users.isLoading}
        dataSource={users.data?.items}
        pagination={false}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          {
            title: t('users.role'),
            dataIndex: 'role',
            render: (r: Role) =>
              r === 'unassigned' ? <Tag color="orange">{ROLE_LABELS[r][lang]}</Tag> : ROLE_LABELS[r][lang],
          },
          { title: t('users.wards'), key: 'scope', render: (_, u) => scopeText(u) },
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
                {can('user.admin') && (
                  <>
                    <Button size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
                      {t('users.edit')}
                    </Button>
                    <Button size="small" onClick={() => setDialog({ kind: 'reset', user: u })}>
                      {t('users.resetPassword')}
                    </Button>
                  </>
                )}
                {can('role.assign') && u.id !== me?.id && (
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'role', user: u })}
                    data-testid={`assign-role-${u.username}`}
                  >
                    {t('users.assignRole')}
                  </Button>
                )}
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
  const role = Form.useWatch('role', form) as Role | undefined;
  const reach = Form.useWatch('reach', form) as Scope['kind'] | undefined;

  const save = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      if (dialog.kind === 'create')
        await api.post('/api/v1/users', {
          username: v.username,
          displayName: v.displayName,
          password: v.password,
        });
      else if (dialog.kind === 'edit')
        await api.put(`/api/v1/users/${dialog.user.id}`, {
          displayName: v.displayName,
          disabled: v.disabled,
          version: dialog.user.version,
        });
      else if (dialog.kind === 'role')
        await api.put(`/api/v1/users/${dialog.user.id}/role`, {
          role: v.role,
          scope: v.reach === 'department' ? { kind: 'department' } : { kind: 'wards', ids: v.wardIds ?? [] },
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
  const title = {
    create: t('users.new'),
    edit: t('users.edit'),
    reset: t('users.resetPassword'),
    role: t('users.assignRole'),
  }[dialog.kind];
  const clinical = role !== undefined && !isAdministrator(role) && role !== 'unassigned';

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
                role: user.role === 'unassigned' ? undefined : user.role,
                reach: user.scope.kind,
                wardIds: user.scope.kind === 'wards' ? user.scope.ids : [],
                disabled: user.disabled,
              }
            : {}
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
        {(dialog.kind === 'create' || dialog.kind === 'edit') && (
          <Form.Item
            name="displayName"
            label={t('users.displayName')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input />
          </Form.Item>
        )}
        {dialog.kind === 'role' && (
          <>
            <Form.Item
              name="role"
              label={t('users.role')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select
                data-testid="role-select"
                options={ROLES.filter((r) => r !== 'unassigned').map((r) => ({
                  value: r,
                  label: ROLE_LABELS[r][lang],
                }))}
              />
            </Form.Item>
            {clinical && (
              <>
                <Form.Item
                  name="reach"
                  label={t('users.wards')}
                  rules={[{ required: true, message: t('form.required') }]}
                >
                  <Radio.Group
                    options={[
                      { value: 'department', label: t('users.allWards') },
                      { value: 'wards', label: t('users.scope.listed') },
                    ]}
                  />
                </Form.Item>
                {reach === 'wards' && (
                  <Form.Item
                    name="wardIds"
                    label={t('users.scope.listed')}
                    rules={[{ required: true, type: 'array', min: 1, message: t('users.scope.pickWard') }]}
                  >
                    <Select
                      mode="multiple"
                      data-testid="wards-select"
                      options={wards.map((w) => ({ value: w.id, label: w.name }))}
                    />
                  </Form.Item>
                )}
              </>
            )}
          </>
        )}
        {dialog.kind === 'edit' && (
          <Form.Item name="disabled" label={t('users.disable')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        {(dialog.kind === 'create' || dialog.kind === 'reset') && (
          <Form.Item
            name="password"
            label={dialog.kind === 'create' ? t('users.password') : t('users.newPassword')}
            extra={passwordRuleText(t)}
            dependencies={dialog.kind === 'create' ? ['username'] : []}
            rules={[
              { required: true, message: t('form.required') },
              passwordRule(t, () => user?.username ?? form.getFieldValue('username') ?? ''),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
