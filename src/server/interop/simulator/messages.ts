// The simulator's messages in each vendor's convention (../shared/reference/hl7-devices.md), so the
// listener is exercised with what real monitors send, not an idealised HL7.
import { SIM_VENDORS, type SimVendor, simIdentifier, simRoom } from '../../../domain/interop/sim-identity';
import type { Vitals } from './physiology';

export const VENDORS = SIM_VENDORS;
export type Vendor = SimVendor;

export type SimDevice = { vendor: Vendor; index: number; identifier: string; room: string };

export const simDevice = (vendor: Vendor, index: number, roomCount = 8): SimDevice => ({
  vendor,
  index,
  identifier: simIdentifier(vendor, index),
  room: simRoom(index, roomCount),
});

const p2 = (n: number) => String(n).padStart(2, '0');
/** Wall-clock time in UTC+8 as YYYYMMDDHHMMSS (the devices' local time in China). */
function local(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}${p2(d.getUTCHours())}${p2(d.getUTCMinutes())}${p2(d.getUTCSeconds())}`;
}

type Row = { mdc: number; refid: string; pds: string; unit: [string, string]; value: number; sub: string };

function rows(v: Vitals): Row[] {
  const bpm: [string, string] = ['264864', 'MDC_DIM_BEAT_PER_MIN'];
  const mmhg: [string, string] = ['266016', 'MDC_DIM_MMHG'];
  const list: Row[] = [
    { mdc: 147842, refid: 'MDC_ECG_HEART_RATE', pds: '101', unit: bpm, value: v.hr, sub: '1.13.1.1' },
    {
      mdc: 150456,
      refid: 'MDC_PULS_OXIM_SAT_O2',
      pds: '160',
      unit: ['262688', 'MDC_DIM_PERCENT'],
      value: v.spo2,
      sub: '1.7.1.1',
    },
    {
      mdc: 151562,
      refid: 'MDC_RESP_RATE',
      pds: '151',
      unit: ['264928', 'MDC_DIM_RESP_PER_MIN'],
      value: v.rr,
      sub: '1.9.1.1',
    },
    { mdc: 151708, refid: 'MDC_AWAY_CO2_ET', pds: '250', unit: mmhg, value: v.etco2, sub: '1.9.2.1' },
    {
      mdc: 150033,
      refid: 'MDC_PRESS_BLD_ART_ABP_SYS',
      pds: '500',
      unit: mmhg,
      value: v.artSys,
      sub: '1.16.1.1',
    },
    {
      mdc: 150034,
      refid: 'MDC_PRESS_BLD_ART_ABP_DIA',
      pds: '501',
      unit: mmhg,
      value: v.artDia,
      sub: '1.16.1.2',
    },
    {
      mdc: 150035,
      refid: 'MDC_PRESS_BLD_ART_ABP_MEAN',
      pds: '502',
      unit: mmhg,
      value: v.artMean,
      sub: '1.16.1.3',
    },
    {
      mdc: 150344,
      refid: 'MDC_TEMP',
      pds: '200',
      unit: ['268192', 'MDC_DIM_DEGC'],
      value: v.temp1,
      sub: '1.2.1.150344',
    },
    {
      mdc: 150344,
      refid: 'MDC_TEMP',
      pds: '201',
      unit: ['268192', 'MDC_DIM_DEGC'],
      value: v.temp2,
      sub: '1.2.2.150344',
    },
  ];
  if (v.nibp)
    list.push(
      {
        mdc: 150021,
        refid: 'MDC_PRESS_BLD_NONINV_SYS',
        pds: '170',
        unit: mmhg,
        value: v.nibp.sys,
        sub: '1.3.1.1',
      },
      {
        mdc: 150022,
        refid: 'MDC_PRESS_BLD_NONINV_DIA',
        pds: '171',
        unit: mmhg,
        value: v.nibp.dia,
        sub: '1.3.1.2',
      },
      {
        mdc: 150023,
        refid: 'MDC_PRESS_BLD_NONINV_MEAN',
        pds: '172',
        unit: mmhg,
        value: v.nibp.mean,
        sub: '1.3.1.3',
      },
    );
  return list;
}

const mdilOf = (mdc: number) =>
  `${Math.floor(mdc / 65536)
    .toString(16)
    .padStart(4, '0')}-${(mdc % 65536).toString(16).padStart(4, '0')}`;

/** One periodic-parameters message of the device at `at`. */
export function deviceMessage(d: SimDevice, v: Vitals, at: Date, seq: number): string {
  const t = local(at);
  const r = rows(v);
  switch (d.vendor) {
    case 'mindray-ihe':
      return [
        `MSH|^~\\&|MINDRAY_^${d.identifier}^EUI-64||||${t}000+0800||ORU^R01^ORU_R01|${seq}|P|2.6|||AL|NE||UNICODE UTF-8`,
        `PV1||I|OR^${d.room}^1`,
        `OBR|1|||182777000^monitoring of patient^SNOMED-CT|||${t}+0800`,
        'OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1|||||||X',
        ...r.map(
          (x, i) =>
            `OBX|${i + 2}|NM|${x.mdc}^${x.refid}^MDC|${x.sub}|${x.value}|${x.unit[0]}^${x.unit[1]}^MDC|||||R|||${t}+0800`,
        ),
      ].join('\r');
    case 'ge':
      return [
        `MSH|^~\\&|VSP^${d.identifier}^EUI-64||||${t}||ORU^R01^ORU_R01|${seq}|P|2.6|||NE|NE||UNICODE UTF-8`,
        `PV1||I|SURGERY^^${d.room}`,
        `OBR|1||||||${t}`,
        'OBX|1||70000^MDC_DEV_MON^MDC|1|||||||X',
        ...r.map(
          (x, i) =>
            `OBX|${i + 2}|NM|${x.mdc}^${x.refid}^MDC|${x.sub}|${x.value}|${x.unit[0]}^${x.unit[1]}^MDC|||||R|||${t}`,
        ),
      ].join('\r');
    case 'mindray-pds':
      // MSH-3…7 empty; MSH-10 is the message kind (204), repeated every second; -100 = not measured.
      return [
        'MSH|^~\\&|||||||ORU^R01|204|P|2.3.1',
        `PV1||I|^^${d.room}&${d.index + 1}&2130706433&0&0`,
        `OBR||||Mindray Monitor|||${t}`,
        ...r.map((x) => `OBX||NM|${x.pds}^${x.refid.replace('MDC_', '')}|2101|${x.value}||||||F`),
        ...(v.nibp ? [] : ['OBX||NM|170^NIBP S|2102|-100||||||F']),
      ].join('\r');
    case 'philips':
      return [
        `MSH|^~\\&|^${d.identifier}||||${t}||ORF^R04|${seq}|P|2.3`,
        ...r.map(
          (x, i) =>
            `OBX|${i + 1}|NM|${mdilOf(x.mdc)}^${x.refid}^MDIL|${x.sub}|${x.value}|^${x.unit[1]}|||||F`,
        ),
      ].join('\r\n');
  }
}
