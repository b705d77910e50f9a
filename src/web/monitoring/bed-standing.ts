// How a bed's standing looks on the ward board: red for an emergency, orange-red for an urgent response
// or a single 3, a dashed amber frame for an overdue set (never the emergency red), blue for an alert
// acknowledged and still its story; a quiet bed stays plain.
import type { CSSProperties } from 'react';
import type { BedStanding } from '../../domain/monitoring/board-rank';
import type { MessageKey } from '../shared/i18n';

export const STANDING_STYLE: Record<BedStanding, CSSProperties> = {
  emergency: { borderColor: '#ff4d4f', borderWidth: 2, background: '#fff1f0' },
  urgent: { borderColor: '#fa541c', background: '#fff2e8' },
  red_score: { borderColor: '#fa541c', background: '#fff2e8' },
  overdue: { borderColor: '#d48806', borderStyle: 'dashed', borderWidth: 2, background: '#fffbe6' },
  acknowledged: { borderColor: '#1677ff', borderLeftWidth: 4, background: '#f0f5ff' },
  quiet: {},
};

/** The standings the legend explains, in the board's order (urgent and a single 3 share a colour). */
export const LEGEND: { standing: BedStanding; label: MessageKey }[] = [
  { standing: 'emergency', label: 'ward.alert.emergency' },
  { standing: 'urgent', label: 'ward.alert.urgent' },
  { standing: 'red_score', label: 'ward.alert.red_score' },
  { standing: 'overdue', label: 'ward.alert.overdue' },
  { standing: 'acknowledged', label: 'ward.handled' },
];
