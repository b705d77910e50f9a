// The coded dictionaries, for the system administrator: how many codes each holds and from where,
// the starter set, the HIS import, and the entries themselves (found as the case form finds them).
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DictionaryEntryDto } from '../../api/registry';
import { DICTIONARY_KIND_LABELS, type DictionaryKind } from '../../domain/registry/code-dictionary';
import { APPROACH_LABELS, GRADE_LABELS, type SurgeryGrade } from '../../domain/registry/vocabulary';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useAttempt } from '../shared/use-attempt';
import { DictionaryImport } from './DictionaryImport';
import { useDictionaryLookup, useDictionarySummary, useInstallStarter } from './dictionary.resource';

const PAGE = 50;

export default function DictionaryPage() {
  const { t, lang } = useI18n();
  const attempt = useAttempt();
  const summary = useDictionarySummary();
  const installStarter = useInstallStarter();
  const [installed, setInstalled] = useState<string | null>(null);
  const [kind, setKind] = useState<DictionaryKind>('diagnosis');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const entries = useDictionaryLookup(kind, q, PAGE, offset);

  const install = () =>
    attempt(async () => {
      const r = await installStarter.mutateAsync();
      const sum = (k: 'inserted' | 'updated') => r.items.reduce((n, i) => n + i[k], 0);
      setInstalled(t('dictionary.installed', { inserted: sum('inserted'), updated: sum('updated') }));
    });

  return (
    <div>
      <Typography.Title level={4}>{t('dictionary.title')}</Typography.Title>
      <Card
        size="small"
        style={{ marginBottom: 12 }}
        extra={
          <Space>
            <Typography.Text type="secondary">
              {installed ?? t('dictionary.installStarter.help')}
            </Typography.Text>
            <Button
              onClick={install}
              loading={installStarter.isPending}
              data-testid="dictionary-install-starter"
            >
              {t('dictionary.installStarter')}
            </Button>
          </Space>
        }
      >
        <Table
          size="small"
          rowKey="kind"
          pagination={false}
          loading={summary.isLoading}
          dataSource={summary.data?.items}
          data-testid="dictionary-summary"
          columns={[
            {
              title: t('dictionary.kind'),
              dataIndex: 'kind',
              render: (k: DictionaryKind) => DICTIONARY_KIND_LABELS[k][lang],
            },
            { title: t('dictionary.active'), dataIndex: 'active' },
            { title: t('dictionary.inactive'), dataIndex: 'inactive' },
            { title: t('dictionary.fromHis'), dataIndex: 'fromHis' },
            { title: t('dictionary.starter'), dataIndex: 'starter' },
            { title: t('dictionary.updatedAt'), dataIndex: 'updatedAt', render: fmtDateTime },
          ]}
        />
      </Card>
      <DictionaryImport
        kind={kind}
        onKind={(k) => {
          setKind(k);
          setOffset(0);
        }}
      />
      <Card size="small" title={`${t('dictionary.browse')} · ${DICTIONARY_KIND_LABELS[kind][lang]}`}>
        <Input.Search
          allowClear
          placeholder={t('code.search')}
          style={{ width: 360, marginBottom: 12 }}
          onSearch={(v) => {
            setQ(v.trim());
            setOffset(0);
          }}
          data-testid="dictionary-search"
        />
        <Table<DictionaryEntryDto>
          size="small"
          rowKey="code"
          pagination={false}
          loading={entries.isFetching}
          dataSource={entries.data?.items}
          columns={[
            { title: t('dictionary.col.code'), dataIndex: 'code', width: 140 },
            { title: t('dictionary.col.name'), dataIndex: 'name' },
            { title: t('dictionary.col.pinyin'), dataIndex: 'pinyin', width: 160 },
            ...(kind === 'procedure'
              ? [
                  {
                    title: t('dictionary.col.grade'),
                    key: 'grade',
                    width: 160,
                    render: (_: unknown, e: DictionaryEntryDto) => (
                      <Space size={4}>
                        {e.grade ? GRADE_LABELS[e.grade as SurgeryGrade][lang] : '—'}
                        {e.restricted && <Tag color="red">{t('code.restricted')}</Tag>}
                      </Space>
                    ),
                  },
                  {
                    title: t('dictionary.col.approach'),
                    dataIndex: 'approach',
                    width: 120,
                    render: (a: DictionaryEntryDto['approach']) => (a ? APPROACH_LABELS[a][lang] : '—'),
                  },
                ]
              : []),
            {
              title: t('dictionary.col.source'),
              dataIndex: 'source',
              width: 100,
              render: (s: DictionaryEntryDto['source']) =>
                s === 'his' ? t('dictionary.fromHis') : t('dictionary.starter'),
            },
          ]}
        />
        <Space style={{ marginTop: 8 }}>
          <Button disabled={offset === 0} onClick={() => setOffset((o) => Math.max(0, o - PAGE))}>
            {t('dictionary.previous')}
          </Button>
          <Button disabled={!entries.data?.more} onClick={() => setOffset((o) => o + PAGE)}>
            {t('dictionary.next')}
          </Button>
        </Space>
      </Card>
    </div>
  );
}
