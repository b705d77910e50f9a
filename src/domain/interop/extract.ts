// One HL7 v2 device message → the numerics, waveforms and alarms to store, or the reason it is
// refused. Pure: the listener decodes bytes and the database stores; this only reads.
// Conventions handled are those of ../shared/reference/hl7-devices.md (Mindray IHE and PDS, GE,
// Philips MDIL, Comen).
import { Hl7Message, type Hl7Segment } from '@medplum/core';
import {
  COMEN_LEGACY_CODES,
  MDC_ATTR_NU_MSMT_RES,
  MDC_ATTR_SAMP_RATE,
  MDC_CODES,
  MINDRAY_PDS_CODES,
  mdilToMdc,
} from './code-maps';
import { delimitersOf, normaliseSegments, type ParsedTime, parseDtm, unescapeHl7 } from './hl7-text';
import { PARAMETERS, type ParameterCode } from './parameters';
import { recogniseUnit, toCanonical } from './units';

export const ACCEPTED_TYPES = ['ORU^R01', 'ORU^R40', 'ORF^R04'] as const;
export type MessageType = (typeof ACCEPTED_TYPES)[number];

// "Not measured" markers of Mindray PDS, Comen and others, and the waveform INOP sample.
export const SENTINELS: ReadonlySet<number> = new Set([-100, -1, -999, -10000, -99.9, 32767]);

export type DeviceIdentity = {
  /** EUI-64 from MSH-3 (IHE devices), else null. */
  eui64: string | null;
  /** MSH-3 as sent (may be empty: Mindray PDS). */
  application: string;
  /** PV1-3 as sent. */
  location: string;
};

export type Numeric = {
  param: ParameterCode;
  loinc: string;
  channel: string;
  value: number;
  unit: string;
  observedAt: Date;
  /** The timestamp string as the device wrote it; null when the receive time was used. */
  timeRaw: string | null;
  sourceCode: string;
};

export type Waveform = {
  code: string;
  channel: string;
  observedAt: Date;
  samples: (number | null)[];
  sampleRate: number | null;
  resolution: number | null;
};

export type Alarm = { code: string; text: string; channel: string; observedAt: Date };

export type SkipReason =
  | 'header'
  | 'not_measured'
  | 'sentinel'
  | 'unmapped'
  | 'unit_unknown'
  | 'unit_incompatible'
  | 'not_numeric'
  | 'out_of_range'
  | 'attribute';
export type Skipped = { setId: string; code: string; reason: SkipReason };

export type Extracted =
  | {
      ok: true;
      type: MessageType;
      controlId: string;
      device: DeviceIdentity;
      numerics: Numeric[];
      waveforms: Waveform[];
      alarms: Alarm[];
      skipped: Skipped[];
    }
  | {
      ok: false;
      /** AR: the message itself is unacceptable; AE: it could not be processed. */
      ack: 'AR' | 'AE';
      /** HL7 table 0357 message error condition code. */
      errorCode: 100 | 101 | 102 | 200 | 207;
      reason: string;
      controlId: string | null;
    };

export type ExtractOptions = { siteZone: string; receivedAt: Date };

const fail = (
  ack: 'AR' | 'AE',
  errorCode: 100 | 101 | 102 | 200 | 207,
  reason: string,
  controlId: string | null = null,
): Extracted => ({ ok: false, ack, errorCode, reason, controlId });

/** The parameter a device code stands for, by coding system: MDC, MDIL, else the vendor tables. */
function mapCode(code: string, system: string): ParameterCode | null {
  const sys = system.toUpperCase();
  if (sys === 'MDC') return MDC_CODES[Number(code)] ?? null;
  if (sys === 'MDIL') {
    const mdc = mdilToMdc(code);
    return mdc === null ? null : (MDC_CODES[mdc] ?? null);
  }
  if (/^\d+$/.test(code)) {
    const n = Number(code);
    if (n > 65535) return MDC_CODES[n] ?? null;
    return MINDRAY_PDS_CODES[code] ?? COMEN_LEGACY_CODES[code] ?? null;
  }
  return null;
}

export function extractObservations(text: string, opts: ExtractOptions): Extracted {
  const normalised = normaliseSegments(text.replace(/^\uFEFF/, ''));
  if (!normalised.startsWith('MSH')) return fail('AR', 100, '缺少 MSH 段 / missing MSH segment');
  if (normalised.length < 8) return fail('AR', 100, 'MSH 段不完整 / truncated MSH segment');
  let msg: Hl7Message;
  try {
    msg = Hl7Message.parse(normalised);
  } catch {
    return fail('AR', 100, '无法解析报文 / the message cannot be parsed');
  }
  const msh = msg.header;
  const controlId = msh.getField(10)?.toString() ?? '';
  const type = `${msh.getComponent(9, 1)}^${msh.getComponent(9, 2)}`;
  if (!(ACCEPTED_TYPES as readonly string[]).includes(type))
    return fail('AR', 200, `不支持的消息类型 ${type} / unsupported message type ${type}`, controlId || null);
  if (!msg.getSegment('OBX'))
    return fail('AE', 101, '报文中没有 OBX 段 / no OBX segment in the message', controlId || null);

  const d = delimitersOf(msg);
  const text1 = (seg: Hl7Segment, field: number, component = 1) =>
    unescapeHl7(seg.getComponent(field, component), d);
  const device: DeviceIdentity = {
    eui64: msh.getComponent(3, 3).toUpperCase() === 'EUI-64' ? msh.getComponent(3, 2).toUpperCase() : null,
    application: msh.getField(3)?.toString() ?? '',
    location: msg.getSegment('PV1')?.getField(3)?.toString() ?? '',
  };

  const received: ParsedTime = {
    at: new Date(Math.floor(opts.receivedAt.getTime() / 1000) * 1000),
    raw: '',
    zone: 'site',
  };
  const mshTime = parseDtm(msh.getField(7)?.toString() ?? '', opts.siteZone);
  let obrTime: ParsedTime | null = null;
  const numerics: Numeric[] = [];
  const waveforms: Waveform[] = [];
  const alarms: Alarm[] = [];
  const skipped: Skipped[] = [];

  for (const seg of msg.segments) {
    if (seg.name === 'OBR') {
      obrTime = parseDtm(seg.getField(7)?.toString() ?? '', opts.siteZone);
      continue;
    }
    if (seg.name !== 'OBX') continue;
    const setId = seg.getField(1)?.toString() ?? '';
    const valueType = seg.getComponent(2, 1).toUpperCase();
    const code = seg.getComponent(3, 1).trim();
    const codeText = text1(seg, 3, 2);
    const system = seg.getComponent(3, 3).trim();
    const channel = seg.getField(4)?.toString().trim() ?? '';
    const rawValue = seg.getField(5)?.toString() ?? '';
    const status = seg.getComponent(11, 1).toUpperCase();
    const time = parseDtm(seg.getField(14)?.toString() ?? '', opts.siteZone) ?? obrTime ?? mshTime;
    const observedAt = (time ?? received).at;
    const timeRaw = time?.raw ?? null;

    if (rawValue.trim() === '') {
      skipped.push({ setId, code, reason: status === 'X' ? 'not_measured' : 'header' });
      continue;
    }
    if (codeText.startsWith('MDC_ATTR_')) {
      const last = waveforms.at(-1);
      const v = Number(rawValue);
      if (last && Number.isFinite(v)) {
        if (codeText === MDC_ATTR_SAMP_RATE) last.sampleRate = v;
        if (codeText === MDC_ATTR_NU_MSMT_RES) last.resolution = v;
      }
      skipped.push({ setId, code, reason: 'attribute' });
      continue;
    }
    if (codeText.startsWith('MDC_EVT_') || (type === 'ORU^R40' && valueType !== 'NM')) {
      alarms.push({ code: codeText || code, text: unescapeHl7(rawValue, d), channel, observedAt });
      continue;
    }
    if (valueType === 'NA') {
      const samples = rawValue.split(d.component).map((s) => {
        const n = Number(s);
        return s.trim() === '' || !Number.isFinite(n) || n === 32767 ? null : n;
      });
      waveforms.push({ code, channel, observedAt, samples, sampleRate: null, resolution: null });
      continue;
    }
    const param = mapCode(code, system);
    if (!param) {
      skipped.push({ setId, code, reason: 'unmapped' });
      continue;
    }
    const value = Number(rawValue.trim());
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(rawValue.trim()) || !Number.isFinite(value)) {
      skipped.push({ setId, code, reason: 'not_numeric' });
      continue;
    }
    if (SENTINELS.has(value)) {
      skipped.push({ setId, code, reason: 'sentinel' });
      continue;
    }
    const unit = recogniseUnit(seg.getComponent(6, 1), seg.getComponent(6, 2));
    const converted = toCanonical(param, value, unit);
    if (!converted.ok) {
      skipped.push({ setId, code, reason: converted.problem });
      continue;
    }
    const p = PARAMETERS[param];
    if (converted.value < p.min || converted.value > p.max) {
      skipped.push({ setId, code, reason: 'out_of_range' });
      continue;
    }
    numerics.push({
      param,
      loinc: p.loinc,
      // Mindray PDS repeats a module id across parameters (T1/T2): the id keeps channels apart.
      channel: system === '' && /^\d+$/.test(code) && Number(code) <= 65535 ? `${channel}#${code}` : channel,
      value: converted.value,
      unit: converted.unit,
      observedAt,
      timeRaw,
      sourceCode: system ? `${code}^${codeText}^${system}` : `${code}^${codeText}`,
    });
  }
  return { ok: true, type: type as MessageType, controlId, device, numerics, waveforms, alarms, skipped };
}
