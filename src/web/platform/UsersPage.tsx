import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { User } from '../../api/platform';
import { ROLE_LABELS, type Role } from '../../domain/auth/permissions';
import { GRADE_LABELS, type SurgeryGrade } from '../../domain/registry/vocabulary';
import { useWards } from '../shared/directory.resource';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { isAdministrator } from './is-administrator';
import { SurgicalGradeDialog } from './SurgicalGradeDialog';
import { type UserChange, UserDialog } from './UserDialog';
import { useSurgicalGrades, useUsers } from './user.resource';

export default function UsersPage() {
  const { t, lang } = useI18n();
  const { me, can } = useSession();
  const users = useUsers();
  const wards = useWards();
  const [dialog, setDialog] = useState<UserChange | null>(null);
  const grades = useSurgicalGrades();
  const gradeOf = (id: string) => grades.data?.items.find((g) => g.id === id);
  const [gradeDialog, setGradeDialog] = useState<ReturnType<typeof gradeOf> | null>(null);
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
            title: t('users.surgicalGrade'),
            key: 'surgicalGrade',
            render: (_, u) => {
              const g = gradeOf(u.id);
              if (!g) return '—';
              return g.surgicalGrade === null
                ? t('users.grade.none')
                : GRADE_LABELS[g.surgicalGrade as SurgeryGrade][lang];
            },
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
                {can('role.assign') && u.role === 'surgeon' && gradeOf(u.id) && (
                  <Button
                    size="small"
                    onClick={() => setGradeDialog(gradeOf(u.id))}
                    data-testid={`surgical-grade-${u.username}`}
                  >
                    {t('users.setGrade')}
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
      {gradeDialog && <SurgicalGradeDialog surgeon={gradeDialog} onClose={() => setGradeDialog(null)} />}
    </div>
  );
}
