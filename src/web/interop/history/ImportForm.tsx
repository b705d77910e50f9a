// The files of a history import — cases.csv (required), staffing.csv, deliveries.csv, wards.csv — chosen one by
// one and sent together on 开始导入; a refusal (another import running, a file too large) shows the server's words.
import { PlayCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { IMPORT_MAX_BYTES } from '../../../api/interop-history';
import { IMPORT_PARTS, type ImportPart } from '../../../domain/interop/history-job';
import { useI18n } from '../../shared/i18n';
import { errorMessage } from '../../shared/use-attempt';
import { type ImportFiles, useStartImport } from './history-import.resource';
import { fileSize } from './import-progress';

export function ImportForm({ running, onStarted }: { running: boolean; onStarted: (id: string) => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const start = useStartImport();
  const [files, setFiles] = useState<ImportFiles>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const choose = (part: ImportPart, file: File | undefined) => {
    setRefusal(null);
    setFiles((prev) => ({ ...prev, [part]: file }));
  };
  const submit = async () => {
    setRefusal(null);
    try {
      const { id } = await start.mutateAsync(files);
      setFiles({});
      onStarted(id);
    } catch (e) {
      setRefusal(errorMessage(e, t));
    }
  };
  return (
    <Card size="small" title={t('historyImport.form.title')} style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary">{t('historyImport.form.help')}</Typography.Paragraph>
      <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 18 }} style={{ maxWidth: 760 }}>
        {IMPORT_PARTS.map((part) => {
          const file = files[part];
          return (
            <Form.Item
              key={part}
              label={t(`historyImport.part.${part}`)}
              required={part === 'cases'}
              extra={t(`historyImport.partHelp.${part}`)}
            >
              <Upload
                accept=".csv,text/csv"
                maxCount={1}
                fileList={
                  file
                    ? [
                        {
                          uid: part,
                          name: t('historyImport.fileChosen', {
                            name: file.name,
                            size: fileSize(file.size, locale),
                          }),
                          status: 'done',
                        },
                      ]
                    : []
                }
                beforeUpload={(f) => {
                  if (f.size > IMPORT_MAX_BYTES) message.error(t('historyImport.tooLarge', { name: f.name }));
                  else choose(part, f);
                  return false;
                }}
                onRemove={() => choose(part, undefined)}
              >
                <Button icon={<UploadOutlined />} data-testid={`history-file-${part}`}>
                  {file ? t('historyImport.form.replace') : t('historyImport.form.choose')}
                </Button>
              </Upload>
            </Form.Item>
          );
        })}
        <Form.Item wrapperCol={{ offset: 6, span: 18 }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              disabled={!files.cases || running}
              loading={start.isPending}
              onClick={submit}
              data-testid="history-start"
            >
              {t('historyImport.start')}
            </Button>
            {!files.cases && (
              <Typography.Text type="secondary">{t('historyImport.needCases')}</Typography.Text>
            )}
            {running && <Typography.Text type="secondary">{t('historyImport.oneAtATime')}</Typography.Text>}
            {refusal && <Alert type="error" showIcon title={refusal} data-testid="history-refusal" />}
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
