// A list of rows on the visit form (medications, allergies, previous anesthetics): each row's fields,
// a remove button, an add button whose new row takes the focus (the keyboard goes on typing into it),
// and on a signed visit the rows as text.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useState } from 'react';

export type RowEditor<T> = {
  /** Sets part of the row. */
  update: (patch: Partial<T>) => void;
  /** The row's first field takes the focus: the row was just added. */
  focus: boolean;
};

export function RowList<T>({
  testId,
  value,
  disabled,
  onChange,
  blank,
  addLabel,
  emptyText,
  rowText,
  rowFields,
  textStyle,
}: {
  /** `${testId}-list` on the list, `${testId}-add` on the add button. */
  testId: string;
  value: T[];
  disabled: boolean;
  onChange: (v: T[]) => void;
  blank: () => T;
  addLabel: string;
  /** Shown when there are no rows (e.g. 无); nothing without. */
  emptyText?: string;
  rowText: (row: T) => string;
  rowFields: (row: T, i: number, editor: RowEditor<T>) => ReactNode;
  textStyle?: CSSProperties;
}) {
  const [added, setAdded] = useState(false);
  const update = (i: number) => (patch: Partial<T>) =>
    onChange(value.map((row, k) => (k === i ? { ...row, ...patch } : row)));
  if (disabled)
    return (
      <div data-testid={`${testId}-list`} style={{ fontWeight: value.length ? 600 : 400, ...textStyle }}>
        {value.length === 0 && emptyText}
        {value.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <div key={i}>{rowText(row)}</div>
        ))}
      </div>
    );
  return (
    <div data-testid={`${testId}-list`}>
      {value.length === 0 && emptyText && (
        <Typography.Text type="secondary" style={{ marginRight: 8 }}>
          {emptyText}
        </Typography.Text>
      )}
      {value.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
        <Space key={i} style={{ marginBottom: 6 }} wrap>
          {rowFields(row, i, { update: update(i), focus: added && i === value.length - 1 })}
          <Button size="small" danger type="link" onClick={() => onChange(value.filter((_, k) => k !== i))}>
            ×
          </Button>
        </Space>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        data-testid={`${testId}-add`}
        data-visit-stop
        onClick={() => {
          setAdded(true);
          onChange([...value, blank()]);
        }}
      >
        {addLabel}
      </Button>
    </div>
  );
}
