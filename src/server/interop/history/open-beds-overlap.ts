// history-import.md §10: the periods of one ward must not overlap — within the file (the validator) and with the
// periods already stored. A period stored exactly as the file has it is the same period (a repeated import).
import type { WardBedsRow } from '../../../domain/interop/history/types';
import type { ImportError } from '../../../domain/interop/history-job';

type Period = { ward: string; openBeds: number; validFrom: string | null; validTo: string | null };

const overlaps = (a: Period, b: Period): boolean =>
  (a.validFrom ?? '0000-01-01') <= (b.validTo ?? '9999-12-31') &&
  (b.validFrom ?? '0000-01-01') <= (a.validTo ?? '9999-12-31');

const same = (a: Period, b: Period): boolean =>
  a.openBeds === b.openBeds && a.validFrom === b.validFrom && a.validTo === b.validTo;

const shown = (p: Period) => `${p.validFrom ?? '…'}–${p.validTo ?? '…'}`;

export function openBedsOverlap(rows: readonly WardBedsRow[], stored: readonly Period[]): ImportError[] {
  const errors: ImportError[] = [];
  for (const r of rows) {
    const clash = stored.find((s) => s.ward === r.ward && overlaps(r, s) && !same(r, s));
    if (clash)
      errors.push({
        file: 'wards',
        row: r.row,
        column: 'valid_from',
        message: {
          'zh-CN': `病区 ${r.ward} 的开放床位期间与已保存的期间 ${shown(clash)}（${clash.openBeds} 张）重叠`,
          'en-US': `The open-bed period of ward ${r.ward} overlaps the stored period ${shown(clash)} (${clash.openBeds} beds)`,
        },
      });
  }
  return errors;
}
