import type { CaseStatus } from '../../domain/registry/case-status';

// One colour per case status, shared by the board, the chart and the case page.
export const STATUS_COLORS: Record<CaseStatus, { bg: string; border: string; tag: string }> = {
  scheduled: { bg: '#f5f5f5', border: '#bfbfbf', tag: 'default' },
  in_room: { bg: '#e6f4ff', border: '#4096ff', tag: 'blue' },
  anesthesia_start: { bg: '#f9f0ff', border: '#9254de', tag: 'purple' },
  surgery_start: { bg: '#fff1f0', border: '#f5222d', tag: 'red' },
  surgery_end: { bg: '#fff7e6', border: '#fa8c16', tag: 'orange' },
  anesthesia_end: { bg: '#fffbe6', border: '#d4b106', tag: 'gold' },
  out_of_room: { bg: '#e6fffb', border: '#13c2c2', tag: 'cyan' },
  pacu_in: { bg: '#f0f5ff', border: '#2f54eb', tag: 'geekblue' },
  pacu_out: { bg: '#fcffe6', border: '#7cb305', tag: 'lime' },
  ward: { bg: '#f6ffed', border: '#52c41a', tag: 'green' },
  icu: { bg: '#fff0f6', border: '#eb2f96', tag: 'magenta' },
  cancelled: { bg: '#fafafa', border: '#d9d9d9', tag: 'default' },
};
