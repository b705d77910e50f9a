// ADT messages as Chinese HIS interfaces send them (卫宁 style by default), for the ADT reader's tests.
// Fields are given by number so a test changes one field and nothing else; null removes a field.

export type Fields = Record<number, string | null>;

/** One segment from numbered fields (MSH: from MSH-3, MSH-1 and MSH-2 are the delimiters). */
export function segment(name: string, fields: Fields): string {
  const numbers = Object.keys(fields).map(Number);
  const max = Math.max(0, ...numbers);
  const out = name === 'MSH' ? ['MSH', '^~\\&'] : [name];
  for (let i = name === 'MSH' ? 3 : 1; i <= max; i++) out.push(fields[i] ?? '');
  return out.join('|');
}

/** The patient the default message is about: 张三, ID card 110105196503120013. */
export const ID_CARD = '110105196503120013';

export type AdtParts = {
  msh?: Fields;
  evn?: Fields | null;
  pid?: Fields | null;
  pv1?: Fields | null;
};

/** A complete ADT message for the trigger, with parts overridden field by field. */
export function adtMessage(trigger: string, parts: AdtParts = {}): string {
  const msh: Fields = {
    3: 'WINNING',
    4: 'HIS01',
    5: 'PERIOP',
    6: 'PERIOP',
    7: '20260315083012',
    9: `ADT^${trigger}^ADT_A01`,
    10: `WN20260315${trigger}0001`,
    11: 'P',
    12: '2.4',
    15: 'AL',
    16: 'NE',
    18: 'UNICODE UTF-8',
    ...parts.msh,
  };
  const evn: Fields = { 1: trigger, 2: '20260315083012', 5: '0123^王^芳', 6: '20260315080000', ...parts.evn };
  const pid: Fields = {
    1: '1',
    3: `0012345678^^^WINNING^MR~${ID_CARD}^^^^NNCHN`,
    5: '张^三',
    7: '19650312',
    8: 'M',
    11: '北京市朝阳区安贞路2号^^北京^北京^100029',
    13: '13800138000',
    19: ID_CARD,
    ...parts.pid,
  };
  const pv1: Fields = {
    1: '1',
    2: 'I',
    3: 'XW2^0805^08^^^^^^胸外二病区',
    7: '0456^李^四',
    10: 'THO',
    19: 'ZY20260315001',
    44: '20260315075500',
    ...parts.pv1,
  };
  const segments = [segment('MSH', msh)];
  if (parts.evn !== null) segments.push(segment('EVN', evn));
  if (parts.pid !== null) segments.push(segment('PID', pid));
  if (parts.pv1 !== null) segments.push(segment('PV1', pv1));
  return segments.join('\r');
}
