// Test fixtures for the QC engine: a performed elective GA case (tracheal tube) with every fact known and
// uneventful, and helpers to vary it. Used by the *.test.ts files of this folder only.
import type { CaseFacts, Instant } from './facts';
import { instant } from './facts';

/** A local (UTC+08:00) time on 2025-03-03, e.g. at('08:05'); at('08:05', '2025-03-04') for another day. */
export const at = (hhmm: string, date = '2025-03-03'): Instant => instant(`${date}T${hhmm}:00+08:00`);

export function gaCase(over: Partial<CaseFacts> & { caseId?: string; personId?: string } = {}): CaseFacts {
  const base: CaseFacts = {
    caseId: 'C1',
    personId: 'P1',
    externalId: null,
    recordLevel: 'full',
    procedureType: 'surgery',
    status: { kind: 'performed' },
    location: 'or',
    urgency: 'elective',
    asa: 2,
    method: { class: 'ga_airway', subtype: 'ett', airway: 'ett' },
    times: {
      scheduledAt: at('08:00'),
      inRoomAt: at('08:05'),
      anesthesiaStartAt: at('08:15'),
      surgeryStartAt: at('08:45'),
      surgeryEndAt: at('11:05'),
      anesthesiaEndAt: at('11:20'),
      outOfRoomAt: at('11:26'),
    },
    visitCompletedAt: at('16:30', '2025-03-02'),
    pacu: { kind: 'stay', inAt: at('11:30'), outAt: at('12:30'), firstTempC: 36.4 },
    temperature: { mode: 'continuous', readings: 40, longestLowRunMinutes: 0 },
    therapeuticCooling: false,
    activeWarming: true,
    autologousMl: 0,
    allogeneicMl: 0,
    dentalInjury: false,
    aspiration: { kind: 'none' },
    unplannedAirway: false,
    cardiacArrest: { kind: 'none' },
    severeAllergyEpinephrine: false,
    cvc: { kind: 'none' },
    awareness: false,
    extubation: { kind: 'extubated', at: at('11:50'), reintubation: { kind: 'none' } },
    icu: { kind: 'none' },
    postopAnalgesia: { kind: 'service', vasRest: 1, vasMovement: 3 },
    neuroDeficit72h: false,
    hoarseness72h: false,
    coma24h: false,
    comaDeliberateSedation: false,
    cranialSurgery: false,
    laryngealNeckThoracicSurgery: false,
    labourConvertedToCaesarean: null,
    death: { kind: 'alive' },
  };
  return { ...base, ...over };
}

/** Same case with some time anchors changed. */
export function withTimes(f: CaseFacts, times: Partial<CaseFacts['times']>): CaseFacts {
  return { ...f, times: { ...f.times, ...times } };
}

/** Every fact after the time anchors unknown: what a case looks like before anything else is recorded. */
export const UNKNOWN_OUTCOMES = {
  pacu: null,
  temperature: null,
  therapeuticCooling: null,
  activeWarming: null,
  autologousMl: null,
  allogeneicMl: null,
  dentalInjury: null,
  aspiration: null,
  unplannedAirway: null,
  cardiacArrest: null,
  severeAllergyEpinephrine: null,
  cvc: null,
  awareness: null,
  extubation: null,
  icu: null,
  postopAnalgesia: null,
  neuroDeficit72h: null,
  hoarseness72h: null,
  coma24h: null,
  comaDeliberateSedation: null,
} satisfies Partial<CaseFacts>;
