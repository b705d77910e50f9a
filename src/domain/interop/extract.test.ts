import { describe, expect, it } from 'vitest';
import { buildAck } from './ack';
import { mdilToMdc } from './code-maps';
import { extractObservations } from './extract';
import { charsetOf, msh18FromBytes, parseDtm, unescapeHl7 } from './hl7-text';
import { toCanonical } from './units';

const opts = { siteZone: 'Asia/Shanghai', receivedAt: new Date('2026-01-24T04:47:39.400Z') };
const ok = (text: string) => {
  const r = extractObservations(text, opts);
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const seg = (...lines: string[]) => lines.join('\r');

// Mindray eGateway / IHE PCD-01 (MDC codes, EUI-64, ms without a point, +0800).
const mindrayIhe = seg(
  'MSH|^~\\&|MINDRAY_^00A037000000^EUI-64||||20260124124738000+0800||ORU^R01^ORU_R01|11|P|2.6|||AL|NE||UNICODE UTF-8',
  'PID|||ZY001||张^三',
  'PV1||I|HDU^507^3',
  'OBR|1||||||20260124124738+0800',
  'OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1|||||||X',
  'OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC|1.13.1.1|72|264864^MDC_DIM_BEAT_PER_MIN^MDC|50-120||||R|||20260124124738+0800',
  'OBX|3|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.7.1.1|98|262688^MDC_DIM_PERCENT^MDC|||||R|||20260124124738+0800',
  'OBX|4|NM|150344^MDC_TEMP^MDC|1.2.1.150344|36.4|268192^MDC_DIM_DEGC^MDC|||||R|||20260124124738+0800',
  'OBX|5|NM|150344^MDC_TEMP^MDC|1.2.2.150344|97.7|268224^MDC_DIM_FAHR^MDC|||||R|||20260124124738+0800',
  'OBX|6|NM|151708^MDC_AWAY_CO2_ET^MDC|1.9.1.1|5.0|^MDC_DIM_KILO_PASCAL|||||R|||20260124124738+0800',
  'OBX|7|NA|150452^MDC_PULS_OXIM_PLETH^MDC|1.7.6.131329.1|10^20^32767^40||||||R|||20260124124738+0800',
  'OBX|8|NM|0^MDC_ATTR_SAMP_RATE^MDC|1.7.6.131329.2|60|||||||R',
);

describe('extracting device observations', () => {
  it('reads Mindray IHE: MDC codes, EUI-64, channels, unit conversion, sentinels and waveforms', () => {
    const r = ok(mindrayIhe);
    expect(r.device.eui64).toBe('00A037000000');
    expect(r.type).toBe('ORU^R01');
    expect(r.numerics.map((n) => [n.param, n.channel, n.value, n.unit])).toEqual([
      ['hr', '1.13.1.1', 72, '/min'],
      ['spo2', '1.7.1.1', 98, '%'],
      ['temp', '1.2.1.150344', 36.4, 'Cel'],
      ['temp', '1.2.2.150344', 36.5, 'Cel'], // 97.7 °F
      ['etco2', '1.9.1.1', 37.5, 'mmHg'], // 5.0 kPa
    ]);
    expect(r.numerics[0]!.observedAt.toISOString()).toBe('2026-01-24T04:47:38.000Z');
    expect(r.numerics[0]!.timeRaw).toBe('20260124124738+0800');
    expect(r.numerics[0]!.loinc).toBe('8867-4');
    expect(r.skipped[0]).toEqual({ setId: '1', code: '69965', reason: 'not_measured' });
    expect(r.waveforms).toHaveLength(1);
    expect(r.waveforms[0]).toMatchObject({ samples: [10, 20, null, 40], sampleRate: 60 });
  });

  it('reads Mindray PDS: empty MSH-3..7, vendor ids, no units, local time, -100 as not measured', () => {
    const r = ok(
      [
        'MSH|^~\\&|||||||ORU^R01|204|P|2.3.1',
        'PID|||ZY002',
        'PV1||I|^^ICU&Bed5&3232241659&0&0',
        'OBR||||Mindray Monitor|||20130122134100',
        'OBX||NM|101^HR|2101|80||||||F',
        'OBX||NM|160^SpO2|2103|-100||||||F',
        'OBX||NM|170^NIBP S|2102|118||||||F',
        'OBX||NM|500^Sys|2116|121||||||F',
        'OBX||NM|503^Sys|2117|28||||||F',
        'OBX||NM|200^T1|2104|36.6||||||F',
        'OBX||NM|201^T2|2104|37.1||||||F',
      ].join('\n'),
    );
    expect(r.device.eui64).toBeNull();
    expect(r.device.location).toBe('^^ICU&Bed5&3232241659&0&0');
    expect(r.numerics.map((n) => [n.param, n.value])).toEqual([
      ['hr', 80],
      ['nibp_sys', 118],
      ['art_sys', 121],
      ['pa_sys', 28],
      ['temp', 36.6],
      ['temp', 37.1],
    ]);
    // Two temperatures in one module stay two channels.
    expect(new Set(r.numerics.filter((n) => n.param === 'temp').map((n) => n.channel)).size).toBe(2);
    // Local time without an offset is the site's time (UTC+8).
    expect(r.numerics[0]!.observedAt.toISOString()).toBe('2013-01-22T05:41:00.000Z');
    expect(r.skipped).toContainEqual({ setId: '', code: '160', reason: 'sentinel' });
  });

  it('reads Philips MDIL codes and units, with CRLF separators and an empty OBX-5 marked X', () => {
    const r = ok(
      [
        'MSH|^~\\&|^EfficiaCM||||20240305101500||ORF^R04|MSG0001|P|2.3',
        'OBX|1|NM|0002-4182^HR^MDIL|0|66|0004-0aa0^bpm^MDIL|||||F',
        'OBX|2|NM|0002-4bb8^SpO2^MDIL|0|97|0004-0220^%^MDIL|||||F',
        'OBX|3|NM|0002-4a05^NBPs^MDIL|0||0004-0f20^mmHg^MDIL|||||X',
      ].join('\r\n'),
    );
    expect(r.type).toBe('ORF^R04');
    expect(r.numerics.map((n) => [n.param, n.value, n.unit])).toEqual([
      ['hr', 66, '/min'],
      ['spo2', 97, '%'],
    ]);
    expect(r.skipped).toEqual([{ setId: '3', code: '0002-4a05', reason: 'not_measured' }]);
  });

  it('reads GE PCD-01 and Comen conventions (bare MDC unit REFIDs, legacy ids, alarm limits in OBX-7)', () => {
    const ge = ok(
      seg(
        'MSH|^~\\&|VSP^080019FFFE134535^EUI-64||||20130122134100||ORU^R01^ORU_R01|1|P|2.6|||NE|NE||UNICODE UTF-8',
        'PV1||I|SURGERY^^V2',
        'OBX|1|NM|150021^MDC_PRESS_BLD_NONINV_SYS^MDC|1.3.1.150021|112|266016^MDC_DIM_MMHG^MDC|||||R|||20130122134100',
      ),
    );
    expect(ge.device.eui64).toBe('080019FFFE134535');
    expect(ge.numerics[0]).toMatchObject({ param: 'nibp_sys', value: 112, unit: 'mmHg' });
    const comen = ok(
      seg(
        'MSH|^~\\&|COMEN||||20240101080000+0800||ORU^R01|9|P|2.6',
        'OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|88|^MDC_DIM_BEAT_PER_MIN|50^120||||F',
        'OBX|2|NM|110^HR||87|bpm|||||F',
      ),
    );
    expect(comen.numerics.map((n) => [n.param, n.value])).toEqual([
      ['hr', 88],
      ['hr', 87],
    ]);
  });

  it('names what it skips: unmapped codes, unknown units, impossible values, text where a number belongs', () => {
    const r = ok(
      seg(
        'MSH|^~\\&|X^00A0370000000001^EUI-64||||20260124124738+0800||ORU^R01|1|P|2.6',
        'OBX|1|NM|999999^MDC_UNKNOWN^MDC|1|5',
        'OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC|1|72|^furlongs',
        'OBX|3|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1|140|^MDC_DIM_PERCENT',
        'OBX|4|NM|147842^MDC_ECG_HEART_RATE^MDC|1|abc',
      ),
    );
    expect(r.numerics).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'unmapped',
      'unit_unknown',
      'out_of_range',
      'not_numeric',
    ]);
  });

  it('decodes escape sequences', () => {
    const d = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };
    expect(unescapeHl7('a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f\\X41\\g\\.br\\h', d)).toBe('a|b^c&d~e\\fAg\nh');
    const r = ok(
      seg(
        'MSH|^~\\&|A^00A0370000000002^EUI-64||||20260124124738+0800||ORU^R40|1|P|2.6',
        'OBX|1|ST|196616^MDC_EVT_HI^MDC|1.13.1.1|HR \\S\\ 120\\F\\high',
      ),
    );
    expect(r.alarms[0]).toMatchObject({ code: 'MDC_EVT_HI', text: 'HR ^ 120|high' });
  });

  it('refuses what is not a device result, saying why', () => {
    const cases: [string, string, number][] = [
      ['PID|||1', 'AR', 100],
      ['', 'AR', 100],
      ['MSH|^~\\&|A||||20260101||ADT^A01|7|P|2.6\rPID|||1', 'AR', 200],
      ['MSH|^~\\&|A||||20260101||ORU^R01|8|P|2.6\rPID|||1', 'AE', 101],
    ];
    for (const [text, ack, code] of cases) {
      const r = extractObservations(text, opts);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.ack).toBe(ack);
        expect(r.errorCode).toBe(code);
        expect(r.reason).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
  });
});

describe('HL7 details', () => {
  it('parses DTM as devices write it', () => {
    const z = 'Asia/Shanghai';
    expect(parseDtm('20260124124738000+0800', z)?.at.toISOString()).toBe('2026-01-24T04:47:38.000Z');
    expect(parseDtm('20260124124738.25+0800', z)?.at.toISOString()).toBe('2026-01-24T04:47:38.250Z');
    expect(parseDtm('20130122134100', z)).toMatchObject({ zone: 'site' });
    expect(parseDtm('20130122134100', 'UTC')?.at.toISOString()).toBe('2013-01-22T13:41:00.000Z');
    expect(parseDtm('00000000000000', z)).toBeNull();
    expect(parseDtm('2026-01-24', z)).toBeNull();
    expect(parseDtm('20261324000000', z)).toBeNull();
  });

  it('reads MSH-18 from the bytes and knows the character sets', () => {
    const bytes = new TextEncoder().encode('MSH|^~\\&|A||||||ORU^R01|1|P|2.6||||||GB 18030-2000\rOBX|1');
    expect(msh18FromBytes(bytes)).toBe('GB 18030-2000');
    expect(charsetOf('GB 18030-2000')).toBe('gb18030');
    expect(charsetOf('UNICODE UTF-8')).toBe('utf8');
    expect(charsetOf('8859/1')).toBe('latin1');
    expect(charsetOf('')).toBeNull();
    expect(charsetOf('EBCDIC')).toBe('unsupported');
  });

  it('maps MDIL to MDC by partition and converts units exactly', () => {
    expect(mdilToMdc('0002-4182')).toBe(147842);
    expect(mdilToMdc('0002-4bb8')).toBe(150456);
    expect(mdilToMdc('bogus')).toBeNull();
    expect(toCanonical('temp', 98.6, 'degF')).toEqual({ ok: true, value: 37, unit: 'Cel' });
    expect(toCanonical('nibp_sys', 16, 'kPa')).toEqual({ ok: true, value: 120.01, unit: 'mmHg' });
    expect(toCanonical('hr', 60, 'mmHg')).toEqual({ ok: false, problem: 'unit_incompatible' });
  });

  it('builds acknowledgements with an ERR segment saying why', () => {
    const ack = buildAck({
      code: 'AE',
      controlId: '204',
      sender: { application: 'MINDRAY_^00A037000000^EUI-64', facility: '' },
      triggerEvent: 'R01',
      now: new Date('2026-01-24T04:47:39Z'),
      ackControlId: 'A1',
      error: { code: 101, reason: '缺少 OBX|段' },
    }).split('\r');
    expect(ack[0]).toMatch(
      /^MSH\|\^~\\&\|PERIOP\|PERIOP\|MINDRAY_\^00A037000000\^EUI-64\|\|20260124044739\+0000\|\|ACK\^R01\^ACK\|A1\|P\|2\.6/,
    );
    expect(ack[1]).toBe('MSA|AE|204|缺少 OBX\\F\\段');
    expect(ack[2]).toBe('ERR|||101^Required field missing^HL70357|E||||缺少 OBX\\F\\段');
  });
});
