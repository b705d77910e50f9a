// Device codes → Periop parameters, as data (../shared/reference/hl7-devices.md, "OBX-3").
// A site adds a row here (or a vendor table) when a monitor sends a code that is not yet mapped;
// an unmapped code is reported, never guessed.
import type { ParameterCode } from './parameters';

/** IEEE 11073-10101 (MDC) numeric codes, as sent by Mindray IHE mode, GE PCD-01 and Comen. */
export const MDC_CODES: Readonly<Record<number, ParameterCode>> = {
  147842: 'hr', // MDC_ECG_HEART_RATE
  149530: 'pr', // MDC_PULS_OXIM_PULS_RATE
  150456: 'spo2', // MDC_PULS_OXIM_SAT_O2
  151562: 'rr', // MDC_RESP_RATE
  151594: 'rr', // MDC_AWAY_RESP_RATE
  150021: 'nibp_sys', // MDC_PRESS_BLD_NONINV_SYS
  150022: 'nibp_dia', // MDC_PRESS_BLD_NONINV_DIA
  150023: 'nibp_mean', // MDC_PRESS_BLD_NONINV_MEAN
  150017: 'art_sys', // MDC_PRESS_BLD_ART_SYS
  150018: 'art_dia', // MDC_PRESS_BLD_ART_DIA
  150019: 'art_mean', // MDC_PRESS_BLD_ART_MEAN
  150033: 'art_sys', // MDC_PRESS_BLD_ART_ABP_SYS
  150034: 'art_dia', // MDC_PRESS_BLD_ART_ABP_DIA
  150035: 'art_mean', // MDC_PRESS_BLD_ART_ABP_MEAN
  150045: 'pa_sys', // MDC_PRESS_BLD_ART_PULM_SYS
  150046: 'pa_dia', // MDC_PRESS_BLD_ART_PULM_DIA
  150047: 'pa_mean', // MDC_PRESS_BLD_ART_PULM_MEAN
  150087: 'cvp', // MDC_PRESS_BLD_VEN_CENT_MEAN
  150344: 'temp', // MDC_TEMP
  150364: 'temp', // MDC_TEMP_BODY
  151708: 'etco2', // MDC_AWAY_CO2_ET
};

/** Mindray PDS parameter ids (no coding system; the text repeats, only the number is reliable). */
export const MINDRAY_PDS_CODES: Readonly<Record<string, ParameterCode>> = {
  '101': 'hr',
  '151': 'rr',
  '160': 'spo2',
  '161': 'pr',
  '170': 'nibp_sys',
  '171': 'nibp_dia',
  '172': 'nibp_mean',
  '200': 'temp', // T1; OBX-4 (module/channel) separates T1 and T2
  '201': 'temp', // T2
  '250': 'etco2',
  '500': 'art_sys',
  '501': 'art_dia',
  '502': 'art_mean',
  '503': 'pa_sys',
  '504': 'pa_dia',
  '505': 'pa_mean',
  '510': 'cvp',
};

/** Comen's older vendor codes (`110^HR`). */
export const COMEN_LEGACY_CODES: Readonly<Record<string, ParameterCode>> = {
  '110': 'hr',
};

/**
 * Philips MDIL codes are the MDC code written as partition-hex: `0002-4182` is partition 2,
 * term 0x4182, i.e. 2 × 65536 + 16770 = 147842 = MDC_ECG_HEART_RATE (IEEE 11073-10101 §A.2).
 */
export function mdilToMdc(code: string): number | null {
  const m = /^([0-9a-f]{4})-([0-9a-f]{4})$/i.exec(code.trim());
  if (!m) return null;
  return Number.parseInt(m[1]!, 16) * 65536 + Number.parseInt(m[2]!, 16);
}

/** The attributes waveform messages carry after the samples (hl7-devices.md, "Waveforms"). */
export const MDC_ATTR_SAMP_RATE = 'MDC_ATTR_SAMP_RATE';
export const MDC_ATTR_NU_MSMT_RES = 'MDC_ATTR_NU_MSMT_RES';
