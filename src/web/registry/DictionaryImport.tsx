// Imports a dictionary from the HIS export: the file's kind and encoding, whether codes it no longer
// holds are deactivated; shows what changed, or every row that stopped the import with its line.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Radio, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  DICTIONARY_ENCODINGS,
  type DictionaryImportResult,
  type RejectedImportRow,
} from '../../api/registry';
import {
  DICTIONARY_KIND_LABELS,
  DICTIONARY_KINDS,
  type DictionaryKind,
} from '../../domain/registry/code-dictionary';
import { ApiError } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { useImportDictionary } from './dictionary.resource';

type Encoding = (typeof DICTIONARY_ENCODINGS)[number];
type Refusal = { message: string; rows: RejectedImportRow[]; count: number };

/** A file's bytes as base64, in slices (a national edition is megabytes). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function DictionaryImport({
  kind,
  onKind,
}: {
  kind: DictionaryKind;
  onKind: (k: DictionaryKind) => void;
}) {
  const { t, lang } = useI18n();
  const importDictionary = useImportDictionary();
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<DictionaryImportResult | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const upload = async (file: File) => {
    setResult(null);
    setRefusal(null);
    try {
      setResult(
        await importDictionary.mutateAsync({ kind, encoding, replace, content: await base64Of(file) }),
      );
    } catch (e) {
      const body =
        e instanceof ApiError
          ? (e.body as ApiError['body'] & { rejected?: RejectedImportRow[]; rejectedCount?: number })
          : null;
      setRefusal({
        message: errorMessage(e, t),
        rows: body?.rejected ?? [],
        count: body?.rejectedCount ?? 0,
      });
    }
  };

  return (
    <Card size="small" title={t('dictionary.import.title')} style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary">{t('dictionary.import.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group
          value={kind}
          onChange={(e) => onKind(e.target.value as DictionaryKind)}
          options={DICTIONARY_KINDS.map((k) => ({ value: k, label: DICTIONARY_KIND_LABELS[k][lang] }))}
          data-testid="dictionary-kind"
        />
        <span>{t('dictionary.import.encoding')}</span>
        <Select
          value={encoding}
          onChange={setEncoding}
          style={{ width: 140 }}
          options={DICTIONARY_ENCODINGS.map((e) => ({
            value: e,
            label: e === 'auto' ? t('dictionary.encoding.auto') : e.toUpperCase(),
          }))}
        />
        <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
          {t('dictionary.import.replace')}
        </Checkbox>
        <Upload
          accept=".csv,.txt,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={importDictionary.isPending}
            data-testid="dictionary-upload"
          >
            {t('dictionary.import.choose')}
          </Button>
        </Upload>
      </Space>
      {result && (
        <Alert
          type="success"
          showIcon
          data-testid="dictionary-import-result"
          title={t('dictionary.import.done', {
            rows: result.rows,
            encoding: result.encoding.toUpperCase(),
            inserted: result.inserted,
            updated: result.updated,
            unchanged: result.unchanged,
            deactivated: result.deactivated,
          })}
        />
      )}
      {refusal && (
        <div data-testid="dictionary-import-refusal">
          <Alert type="error" showIcon title={refusal.message} style={{ marginBottom: 8 }} />
          {refusal.rows.length > 0 && (
            <>
              {refusal.count > refusal.rows.length && (
                <Typography.Text type="secondary">
                  {t('dictionary.rejected.more', { count: refusal.count, shown: refusal.rows.length })}
                </Typography.Text>
              )}
              <Table<RejectedImportRow>
                size="small"
                rowKey="line"
                dataSource={refusal.rows}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                title={() => t('dictionary.rejected.title', { count: refusal.count })}
                columns={[
                  { title: t('dictionary.col.line'), dataIndex: 'line', width: 80 },
                  {
                    title: t('dictionary.col.code'),
                    dataIndex: 'code',
                    width: 140,
                    render: (c: string) => c || '—',
                  },
                  {
                    title: t('dictionary.col.reasons'),
                    dataIndex: 'reasons',
                    render: (r: string[]) => r.join('；'),
                  },
                ]}
              />
            </>
          )}
        </div>
      )}
    </Card>
  );
}
