// What the record says of an entry beside its value: recorded later than it happened (补记), corrected
// (with each correction: who, when, what it was, why), voided (struck through, with why).
import { Popover, Space, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { EntryCorrection } from '../../api/anesthesia';
import { fmtDateTime, fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { changeText, recordedLate } from './corrections-text';

export type MarkedEntry = {
  at: string;
  recordedAt: string;
  recordedBy: string;
  voided: { at: string; by: string; reason: string } | null;
  corrections: EntryCorrection[];
};

/** A voided entry's text: struck through and dimmed, kept legible. */
export const voidedStyle = (voided: boolean): CSSProperties | undefined =>
  voided ? { textDecoration: 'line-through', color: '#8c8c8c' } : undefined;

export function CorrectionList({ corrections }: { corrections: EntryCorrection[] }) {
  const { t, locale } = useI18n();
  return (
    <div style={{ maxWidth: 360, fontSize: 12 }} data-testid="entry-history">
      {corrections.map((c) => (
        <div key={`${c.at}|${c.action}|${c.reason}`}>
          {c.action === 'void'
            ? t('record.history.void', { time: fmtDateTime(c.at), by: c.by, reason: c.reason })
            : t('record.history.edit', {
                time: fmtDateTime(c.at),
                by: c.by,
                reason: c.reason,
                changes: changeText(c, locale),
              })}
        </div>
      ))}
    </div>
  );
}

export function EntryMarks({ entry }: { entry: MarkedEntry }) {
  const { t } = useI18n();
  const edits = entry.corrections.filter((c) => c.action === 'edit');
  const recorded = t('record.recordedBy', { by: entry.recordedBy, time: fmtDateTime(entry.recordedAt) });
  return (
    <Space size={2} wrap>
      {recordedLate(entry.at, entry.recordedAt) && (
        <Tag title={recorded} style={{ marginInlineEnd: 0 }} data-testid="entry-late">
          {t('record.late')} {fmtTime(entry.recordedAt)}
        </Tag>
      )}
      {edits.length > 0 && (
        <Popover content={<CorrectionList corrections={entry.corrections} />} title={recorded}>
          <Tag color="orange" style={{ marginInlineEnd: 0, cursor: 'help' }} data-testid="entry-corrected">
            {t('record.corrected')}
          </Tag>
        </Popover>
      )}
      {entry.voided && (
        <Popover content={<CorrectionList corrections={entry.corrections} />} title={recorded}>
          <Tag color="default" style={{ marginInlineEnd: 0, cursor: 'help' }} data-testid="entry-voided">
            {t('record.voided')}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {entry.voided.reason}
          </Typography.Text>
        </Popover>
      )}
    </Space>
  );
}
