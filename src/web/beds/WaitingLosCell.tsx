// A waiting patient's expected length of stay: from the procedure's median in the department's own history
// unless someone entered it, editable here (it decides how long the proposed bed is counted as taken).
import { App, Button, InputNumber, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BedRequest } from '../../api/beds';
import { errorText } from '../shared/error-text';
import { useI18n } from '../shared/i18n';
import { requestInputOf, useSaveRequest } from './board.resource';

export function WaitingLosCell({ request, editable }: { request: BedRequest; editable: boolean }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const save = useSaveRequest();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<number | null>(request.expectedLos);
  const submit = async () => {
    try {
      await save.mutateAsync({
        id: request.id,
        body: { ...requestInputOf(request), expectedLos: value, version: request.version },
      });
      setOpen(false);
    } catch (e) {
      message.error(errorText(e, t, locale, () => t('beds.board.wait.los')));
    }
  };
  const shown = (
    <span data-testid={`los-${request.id}`} data-los={request.expectedLos}>
      {t('beds.board.wait.losDays', { n: request.expectedLos })}
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {t(request.losSource === 'history' ? 'beds.board.wait.losHistory' : 'beds.board.wait.losEntered')}
      </Typography.Text>
    </span>
  );
  if (!editable) return shown;
  return (
    <Popover
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setValue(request.expectedLos);
      }}
      trigger="click"
      title={t('beds.board.wait.losEdit')}
      content={
        <Space direction="vertical">
          <InputNumber
            min={0}
            max={365}
            precision={0}
            value={value}
            onChange={(v) => setValue(v)}
            suffix={t('beds.board.wait.days')}
            data-testid={`los-input-${request.id}`}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('beds.board.wait.losClear')}
          </Typography.Text>
          <Button
            type="primary"
            size="small"
            loading={save.isPending}
            onClick={submit}
            data-testid={`los-save-${request.id}`}
          >
            {t('form.save')}
          </Button>
        </Space>
      }
    >
      <Button type="link" size="small" style={{ padding: 0, height: 'auto', textAlign: 'left' }}>
        {shown}
      </Button>
    </Popover>
  );
}
