import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Table, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { Patient } from '../../api/registry';
import { SEX_LABELS, type Sex } from '../../domain/registry/vocabulary';
import { ageOn } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { usePatientSearch } from './patient.resource';

export default function PatientsPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const list = usePatientSearch(q);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('patients.title')}
          </Typography.Title>
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('patients.search')}
            style={{ width: 360 }}
            onSearch={(value) => setParams(value ? { q: value } : {})}
            data-testid="patient-search"
          />
        </Space>
        {can('patient.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/patients/new')}>
            {t('patients.new')}
          </Button>
        )}
      </Space>
      <Table<Patient>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('patients.empty') }}
        onRow={(p) =>
          ({
            onClick: () => navigate(`/patients/${p.id}`),
            style: { cursor: 'pointer' },
            'data-testid': `patient-row-${p.mrn}`,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('patients.col.mrn'), dataIndex: 'mrn', width: 130 },
          { title: t('patients.col.name'), dataIndex: 'name', width: 110 },
          {
            title: t('patients.col.sex'),
            dataIndex: 'sex',
            width: 70,
            render: (s: Sex) => SEX_LABELS[s]?.[lang] ?? s,
          },
          {
            title: t('patients.col.age'),
            dataIndex: 'birthDate',
            width: 70,
            render: (b: string | null) => (b === null ? t('patient.ageUnknown') : ageOn(b)),
          },
          { title: t('patients.col.phone'), dataIndex: 'phone', width: 130 },
          { title: t('patients.col.idCard'), dataIndex: 'idCard', width: 190 },
          {
            title: t('patients.col.region'),
            key: 'region',
            render: (_, p) => [p.province, p.city].filter(Boolean).join(' '),
          },
        ]}
      />
      {list.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('patients.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
