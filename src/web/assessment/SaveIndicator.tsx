// Where the visit's autosave stands: saving, saved at a time, or failed with the reason.
import { Typography } from 'antd';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string };

export function SaveIndicator({ save }: { save: SaveState }) {
  const { t } = useI18n();
  if (save.kind === 'saving') return <Typography.Text type="secondary">{t('visit.saving')}</Typography.Text>;
  if (save.kind === 'saved')
    return (
      <Typography.Text type="secondary" data-testid="visit-saved">
        {t('visit.saved', { time: fmtDateTime(save.at) })}
      </Typography.Text>
    );
  if (save.kind === 'error')
    return <Typography.Text type="danger">{t('visit.saveError', { message: save.message })}</Typography.Text>;
  return null;
}
