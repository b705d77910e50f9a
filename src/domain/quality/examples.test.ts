// The small example of history-import.md §7 (EP1, EP2, EP3, DL1) and what that file says it gives.
import { describe, expect, it } from 'vitest';
import { computeIndicator, type QualityInput } from './compute';
import type { CaseFacts, DeliveryFacts } from './facts';
import { instant } from './facts';
import { gaCase, UNKNOWN_OUTCOMES } from './facts.fixture';
import { findIndicator } from './indicators';
import { summarizeTemperature, temperatureWindow } from './temperature';
import type { Edition } from './types';

const t = (s: string) => instant(`2025-${s}:00+08:00`);
const series = '03-03T08:20=36.4;03-03T09:20=35.9;03-03T09:50=35.8;03-03T10:50=36.1'
  .split(';')
  .map((item) => {
    const [time, value] = item.split('=') as [string, string];
    return { at: t(time), celsius: Number(value) };
  });

const ep1Times = {
  scheduledAt: t('03-03T08:00'),
  inRoomAt: t('03-03T08:05'),
  anesthesiaStartAt: t('03-03T08:15'),
  surgeryStartAt: t('03-03T08:45'),
  surgeryEndAt: t('03-03T11:05'),
  anesthesiaEndAt: t('03-03T11:20'),
  outOfRoomAt: t('03-03T11:26'),
};
const EP1: CaseFacts = gaCase({
  caseId: 'EP1',
  personId: 'P1',
  externalId: 'EP1',
  asa: 3,
  method: { class: 'combined', subtype: 'ga_block', airway: 'dlt' },
  times: ep1Times,
  visitCompletedAt: t('03-02T16:30'),
  pacu: { kind: 'stay', inAt: t('03-03T11:30'), outAt: t('03-03T13:31'), firstTempC: 35.9 },
  temperature: summarizeTemperature(
    'intermittent',
    series,
    temperatureWindow({ ...ep1Times, pacuInAt: t('03-03T11:30'), pacuOutAt: t('03-03T13:31') }),
  ),
  extubation: { kind: 'extubated', at: t('03-03T11:50'), reintubation: { kind: 'none' } },
  postopAnalgesia: { kind: 'service', vasRest: 2, vasMovement: 3 },
  laryngealNeckThoracicSurgery: true,
});

const EP2: CaseFacts = gaCase({
  ...UNKNOWN_OUTCOMES,
  caseId: 'EP2',
  personId: 'P1',
  externalId: 'EP2',
  method: null,
  status: { kind: 'cancelled', stage: 'after_room_before_anesthesia' },
  times: {
    scheduledAt: t('03-01T08:00'),
    inRoomAt: t('03-01T08:02'),
    anesthesiaStartAt: null,
    surgeryStartAt: null,
    surgeryEndAt: null,
    anesthesiaEndAt: null,
    outOfRoomAt: t('03-01T08:30'),
  },
  visitCompletedAt: t('02-28T16:10'),
});

const EP3: CaseFacts = gaCase({
  caseId: 'EP3',
  personId: 'P2',
  externalId: 'EP3',
  procedureType: 'labour_analgesia',
  location: 'outside_or',
  urgency: 'na',
  method: { class: 'neuraxial', subtype: 'epidural', airway: 'none' },
  times: {
    scheduledAt: t('03-10T01:50'),
    inRoomAt: t('03-10T01:30'),
    anesthesiaStartAt: t('03-10T02:00'),
    surgeryStartAt: null,
    surgeryEndAt: null,
    anesthesiaEndAt: t('03-10T08:40'),
    outOfRoomAt: t('03-10T09:20'),
  },
  visitCompletedAt: t('03-10T01:30'),
  pacu: { kind: 'none' },
  temperature: { mode: 'none' },
  extubation: { kind: 'none' },
  postopAnalgesia: { kind: 'none' },
  labourConvertedToCaesarean: false,
});

const DL1: DeliveryFacts = {
  deliveryId: 'DL1',
  personId: 'P2',
  at: t('03-10T08:20'),
  mode: 'vaginal',
  labourEpisodeId: 'EP3',
};
const input: QualityInput = { cases: [EP1, EP2, EP3], deliveries: [DL1] };
const run = (code: string, edition: Edition = '2022') => {
  const ind = findIndicator(edition, code);
  if (ind === null) throw new Error(code);
  return computeIndicator(ind, input);
};

describe('history-import.md §7 example', () => {
  it('EP1: P1 is hypothermic (AQI-IHT-10), delayed in PACU in 2022 but not 2015, PACU-hypothermic in 2022 only', () => {
    expect(run('AQI-IHT-10')).toMatchObject({
      numerator: 1,
      denominator: 1,
      personIds: { numerator: ['P1'] },
    });
    expect(run('AQI-IDP-18')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(run('2015-06', '2015')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(run('AQI-IHP-17')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(run('2015-07', '2015')).toMatchObject({ numerator: 0, denominator: 1 });
  });
  it('EP1: satisfied (AQI-ASR-21); in the AQI-IHE-23 denominator with no hoarseness', () => {
    expect(run('AQI-ASR-21')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(run('AQI-IHE-23')).toMatchObject({ numerator: 0, denominator: 1, excluded: 0 });
  });
  it('EP2: in both terms of AQI-CRB-05 and not an anesthesia case-episode', () => {
    expect(run('AQI-CRB-05')).toMatchObject({
      numerator: 1,
      denominator: 3,
      caseIds: { numerator: ['EP2'] },
    });
    expect(run('AQI-CRA-06')).toMatchObject({ denominator: 2, caseIds: { denominator: ['EP1', 'EP3'] } });
  });
  it('EP3: out-of-OR (AQI-PAO-03) and regional (AQI-ISN-22); DL1 puts P2 in both terms of AQI-EPD-26', () => {
    expect(run('AQI-PAO-03')).toMatchObject({
      numerator: 1,
      denominator: 2,
      caseIds: { numerator: ['EP3'] },
    });
    expect(run('AQI-ISN-22')).toMatchObject({ denominator: 2 });
    expect(run('AQI-EPD-26')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  });
});
