// Correcting or voiding an entry of the record, in the record's words (the modal is shared).
import type { ReactNode } from 'react';
import { CorrectionModal } from '../shared/CorrectionModal';
import { useI18n } from '../shared/i18n';
import { recordErrorText } from './record-errors';

export function CorrectionDialog({
  title,
  action,
  onClose,
  onSubmit,
  okDisabled,
  children,
}: {
  title: string;
  action: 'edit' | 'void';
  onClose: () => void;
  onSubmit: (reason: string) => Promise<unknown>;
  okDisabled?: boolean;
  children?: (errors: Record<string, string>) => ReactNode;
}) {
  const { t, locale } = useI18n();
  return (
    <CorrectionModal
      title={title}
      action={action}
      testId="correction"
      size="small"
      labels={{
        ok: action === 'void' ? t('record.void') : t('record.correct'),
        reason: action === 'void' ? t('record.voidReason') : t('record.correctionReason'),
        voidNote: t('record.voidNote'),
      }}
      onClose={onClose}
      onSubmit={onSubmit}
      errorText={(e) => recordErrorText(e, t, locale)}
      {...(okDisabled !== undefined ? { okDisabled } : {})}
    >
      {children}
    </CorrectionModal>
  );
}
