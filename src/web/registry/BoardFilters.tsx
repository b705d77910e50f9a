// The OR board's search box and filters, kept in the address, and the day's schedule to print (PDF) or
// export (Excel) with the same filters.
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { Board, BoardFilter, OrRoom } from '../../api/registry';
import { CASE_STATUSES, STATUS_LABELS } from '../../domain/registry/case-status';
import { useI18n } from '../shared/i18n';
import type { FilterKey } from './board-query';
import { scheduleUrls } from './case.resource';

const SEARCH_DELAY_MS = 300;

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function BoardFilters({
  date,
  filter,
  rooms,
  facets,
  onChange,
  onClear,
}: {
  date: string;
  filter: BoardFilter;
  rooms: OrRoom[];
  facets: Board['facets'];
  onChange: (key: FilterKey, value: string | undefined) => void;
  onClear: () => void;
}) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(filter.q ?? '');
  // The box follows the address (back, a cleared filter); typing reaches the address after a pause.
  useEffect(() => setText(filter.q ?? ''), [filter.q]);
  useEffect(() => {
    if (text.trim() === (filter.q ?? '')) return;
    const timer = setTimeout(() => onChange('q', text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filter.q, onChange]);
  const any = Object.values(filter).some(Boolean);
  const select = {
    allowClear: true,
    showSearch: true,
    optionFilterProp: 'label',
    popupMatchSelectWidth: false,
    style: { width: 120 },
  };

  return (
    <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
      <Space wrap>
        <Input.Search
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => onChange('q', v)}
          placeholder={t('board.search')}
          aria-label={t('board.search')}
          allowClear
          style={{ width: 230 }}
          data-testid="board-search"
        />
        <Select
          {...select}
          value={filter.room}
          onChange={(v?: string) => onChange('room', v)}
          placeholder={t('board.filter.room')}
          aria-label={t('board.filter.room')}
          options={rooms.map((r) => ({ value: r.code, label: r.name }))}
          data-testid="board-filter-room"
        />
        <Select
          {...select}
          value={filter.status}
          onChange={(v?: string) => onChange('status', v)}
          placeholder={t('board.filter.status')}
          aria-label={t('board.filter.status')}
          options={CASE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s][lang] }))}
          data-testid="board-filter-status"
        />
        <Select
          {...select}
          value={filter.surgeon}
          onChange={(v?: string) => onChange('surgeon', v)}
          placeholder={t('board.filter.surgeon')}
          aria-label={t('board.filter.surgeon')}
          options={options(facets?.surgeons ?? [])}
          data-testid="board-filter-surgeon"
        />
        <Select
          {...select}
          value={filter.anesthesiologist}
          onChange={(v?: string) => onChange('anesthesiologist', v)}
          placeholder={t('board.filter.anesthesiologist')}
          aria-label={t('board.filter.anesthesiologist')}
          options={options(facets?.anesthesiologists ?? [])}
          data-testid="board-filter-anesthesiologist"
        />
        {any && (
          <Button type="link" onClick={onClear} data-testid="board-clear-filters">
            {t('board.filter.clear')}
          </Button>
        )}
      </Space>
      <Space>
        <Button
          icon={<PrinterOutlined />}
          href={scheduleUrls.pdf(date, filter)}
          target="_blank"
          data-testid="board-print-schedule"
        >
          {t('board.printSchedule')}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          href={scheduleUrls.xlsx(date, filter)}
          download
          data-testid="board-export-xlsx"
        >
          {t('board.exportExcel')}
        </Button>
      </Space>
    </Space>
  );
}
