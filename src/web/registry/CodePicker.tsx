// Picks a diagnosis (ICD-10) or procedure (ICD-9-CM-3) from the hospital's dictionary: typed as a code
// prefix ("C34", "32.4"), pinyin initials ("fsy") or part of the name; shown as "code name".
import { Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DictionaryEntryDto } from '../../api/registry';
import type { DictionaryKind } from '../../domain/registry/code-dictionary';
import { useI18n } from '../shared/i18n';
import { useDictionaryLookup } from './dictionary.resource';

const DEBOUNCE_MS = 200;

export function CodePicker({
  kind,
  value,
  onChange,
  text,
  onPick,
  testId,
}: {
  kind: DictionaryKind;
  /** The code (the form item's value). */
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** The name stored with the code, shown until the dictionary answers. */
  text?: string | undefined;
  /** The entry picked, for the form to take its name (and a procedure's grade and approach). */
  onPick?: (entry: DictionaryEntryDto) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const lookup = useDictionaryLookup(kind, q);
  const items = lookup.data?.items ?? [];
  const options = items.map((e) => ({ value: e.code, label: `${e.code} ${e.name}` }));
  // The stored code stays shown (a case booked before the dictionary, or one not on this page).
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: `${value} ${text ?? ''}`.trim() });

  return (
    <Select
      showSearch
      allowClear
      value={value}
      placeholder={t('code.search')}
      filterOption={false}
      onSearch={setTyped}
      onChange={(code: string | undefined) => {
        onChange?.(code);
        const entry = items.find((e) => e.code === code);
        if (entry) onPick?.(entry);
        setTyped('');
      }}
      options={options}
      notFoundContent={lookup.isFetching ? <Spin size="small" /> : t('code.none')}
      popupRender={(menu) => (
        <>
          {menu}
          {lookup.data?.more && (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
              {t('code.more')}
            </Typography.Text>
          )}
        </>
      )}
      data-testid={testId}
    />
  );
}
