import { Button, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '../../api/platform';
import { ROLE_LABELS, type Role } from '../../domain/auth/permissions';
import { fmtDateTime } from '../shared/format';
import { isMessageKey, useI18n } from '../shared/i18n';
import { usePatientPicker } from '../shared/patient-picker.resource';
import { useSession } from '../shared/session';
import { type AuditFilters, useAuditLog } from './audit.resource';

export default function AuditPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  // The audit administrator holds no patient data (三员分立): patients are then named by their record id.
  const identifies = can('patient.read');
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    patientId: params.get('patientId') ?? undefined,
    username: params.get('username') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const [patientQ, setPatientQ] = useState('');
  const patients = usePatientPicker(patientQ, { enabled: identifies && patientQ.length > 0 });
  const log = useAuditLog(filters);
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  const label = (prefix: 'audit.action.' | 'audit.outcome.' | 'audit.resource.', value: string) => {
    const key = `${prefix}${value}`;
    return isMessageKey(key) ? t(key) : value;
  };

  const search = (v: { patientId?: string; username?: string; range?: [Dayjs, Dayjs] }) => {
    const next: Record<string, string> = {};
    if (v.patientId) next.patientId = v.patientId;
    if (v.username) next.username = v.username.trim();
    if (v.range) {
      next.from = v.range[0].toISOString();
      next.to = v.range[1].toISOString();
    }
    setParams(next);
  };

  return (
    <div>
      <Typography.Title level={4}>{t('audit.title')}</Typography.Title>
      <Form
        layout="inline"
        onFinish={search}
        style={{ marginBottom: 12 }}
        initialValues={{ patientId: filters.patientId, username: filters.username }}
      >
        <Form.Item name="patientId" label={t('audit.patient')}>
          {identifies ? (
            <Select
              showSearch
              allowClear
              filterOption={false}
              style={{ width: 260 }}
              placeholder={t('audit.patientPlaceholder')}
              onSearch={setPatientQ}
              options={(patients.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.name} ${p.mrn}`,
              }))}
              data-testid="audit-patient"
            />
          ) : (
            <Input
              allowClear
              style={{ width: 320 }}
              placeholder={t('audit.patientIdPlaceholder')}
              data-testid="audit-patient"
            />
          )}
        </Form.Item>
        <Form.Item name="username" label={t('audit.user')}>
          <Input style={{ width: 140 }} data-testid="audit-username" />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}>
          <DatePicker.RangePicker showTime />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('audit.search')}
        </Button>
      </Form>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={log.isLoading}
        dataSource={rows}
        pagination={false}
        data-testid="audit-table"
        columns={[
          { title: t('audit.col.at'), dataIndex: 'at', width: 150, render: fmtDateTime },
          { title: t('audit.col.user'), dataIndex: 'username', width: 110 },
          {
            title: t('audit.col.role'),
            dataIndex: 'role',
            width: 100,
            render: (r: Role | null) => (r && ROLE_LABELS[r]?.[lang]) ?? r,
          },
          {
            title: t('audit.col.action'),
            dataIndex: 'action',
            width: 90,
            render: (a: string) => label('audit.action.', a),
          },
          {
            title: t('audit.col.resource'),
            key: 'resource',
            render: (_, e) => (
              <span>
                {label('audit.resource.', e.resourceType)}
                {e.resourceId && !e.patient && (
                  <Typography.Text type="secondary"> {e.resourceId.slice(0, 36)}</Typography.Text>
                )}
              </span>
            ),
          },
          {
            title: t('audit.col.patient'),
            key: 'patient',
            width: 160,
            render: (_, e) =>
              e.patient ? (
                <span data-testid={`audit-patient-${e.id}`}>
                  {e.patient.name}
                  <Typography.Text type="secondary"> {e.patient.mrn}</Typography.Text>
                </span>
              ) : (
                ''
              ),
          },
          { title: t('audit.col.address'), dataIndex: 'clientAddress', width: 110 },
          {
            title: t('audit.col.outcome'),
            dataIndex: 'outcome',
            width: 80,
            render: (o: string) => (
              <Tag color={o === 'success' ? 'green' : o === 'denied' ? 'red' : 'orange'}>
                {label('audit.outcome.', o)}
              </Tag>
            ),
          },
        ]}
      />
      {log.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Space>
            <Button onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t('audit.loadMore')}
            </Button>
          </Space>
        </div>
      )}
    </div>
  );
}
