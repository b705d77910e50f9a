// The anesthesia method and its details (airway, lines, position, warming) and how temperature is monitored.
import { App, Button, Card, Checkbox, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { ANESTHESIA_METHOD_LABELS, ANESTHESIA_METHODS } from '../../domain/registry/vocabulary';
import { useI18n } from '../shared/i18n';
import { useAttempt } from '../shared/use-attempt';
import { updateRecord } from './record.resource';
import type { PanelProps } from './record-panel';

export function MethodPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t, lang } = useI18n();
  const attempt = useAttempt();
  const [method, setMethod] = useState(rec.record.method);
  const [details, setDetails] = useState(rec.record.details);
  const [tempMode, setTempMode] = useState(rec.record.tempMode);
  const { message } = App.useApp();
  const save = async () => {
    await attempt(async () => {
      await updateRecord(c.id, {
        method,
        details,
        tempMode,
        version: rec.record.version,
      });
      // Refetch first: the new version must be on screen before anything else (signing) uses it.
      await onDone();
      message.success(t('record.saved'));
    });
  };
  return (
    <Card size="small" title={t('record.method')} style={{ marginBottom: 8 }}>
      <Space direction="vertical" style={{ width: '100%' }} size={4}>
        <Select
          size="small"
          disabled={!editable}
          value={method}
          onChange={setMethod}
          data-testid="record-method"
          options={ANESTHESIA_METHODS.map((m) => ({ value: m, label: ANESTHESIA_METHOD_LABELS[m][lang] }))}
        />
        {(['airway', 'lines', 'position'] as const).map((k) => (
          <Input
            key={k}
            size="small"
            disabled={!editable}
            addonBefore={t(`record.${k}`)}
            value={details[k] ?? ''}
            maxLength={200}
            onChange={(e) => setDetails({ ...details, [k]: e.target.value })}
          />
        ))}
        <Checkbox
          disabled={!editable}
          checked={!!details.activeWarming}
          onChange={(e) => setDetails({ ...details, activeWarming: e.target.checked })}
        >
          {t('record.warming')}
        </Checkbox>
        <Radio.Group
          size="small"
          disabled={!editable}
          value={tempMode}
          onChange={(e) => setTempMode(e.target.value)}
          options={(['continuous', 'intermittent'] as const).map((m) => ({
            value: m,
            label: `${t('record.tempMode')}：${t(`record.tempMode.${m}`)}`,
          }))}
        />
        {editable && (
          <Button size="small" onClick={save} data-testid="record-method-save">
            {t('record.save')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
