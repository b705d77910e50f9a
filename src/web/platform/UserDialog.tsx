// One change to an account: create it, edit it, reset its password (system administrator), or give it
// a role and wards (security administrator).
import { Alert, App, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { useState } from 'react';
import type { User } from '../../api/platform';
import type { Ward } from '../../api/registry';
import { ROLE_LABELS, ROLES, type Role } from '../../domain/auth/permissions';
import { ApiError } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { applyServerFields } from '../shared/zod-form';
import { isAdministrator } from './is-administrator';
import { passwordRule, passwordRuleText } from './password-rule';
import { useAssignRole, useCreateUser, useResetPassword, useUpdateUser } from './user.resource';

// 三员分立: the system administrator manages accounts, the security administrator their roles and wards.
export type UserChange =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'reset'; user: User }
  | { kind: 'role'; user: User };

export function UserDialog({
  dialog,
  wards,
  onClose,
}: {
  dialog: UserChange;
  wards: Ward[];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const assignRole = useAssignRole();
  const resetPassword = useResetPassword();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const user = dialog.kind === 'create' ? null : dialog.user;
  const role = Form.useWatch('role', form) as Role | undefined;
  const reach = Form.useWatch('reach', form) as User['scope']['kind'] | undefined;

  const save = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      if (dialog.kind === 'create')
        await createUser.mutateAsync({
          username: v.username,
          displayName: v.displayName,
          password: v.password,
        });
      else if (dialog.kind === 'edit')
        await updateUser.mutateAsync({
          id: dialog.user.id,
          displayName: v.displayName,
          disabled: v.disabled,
          version: dialog.user.version,
        });
      else if (dialog.kind === 'role')
        await assignRole.mutateAsync({
          id: dialog.user.id,
          role: v.role,
          scope: v.reach === 'department' ? { kind: 'department' } : { kind: 'wards', ids: v.wardIds ?? [] },
          version: dialog.user.version,
        });
      else await resetPassword.mutateAsync({ id: dialog.user.id, password: v.password });
      message.success(t('form.saved'));
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
