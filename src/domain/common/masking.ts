// How a patient's identity shows to someone who may not see it (a public screen, the audit
// administrator): enough to tell entries apart, not to identify the patient (docs/clinical-decisions.md).

/** The first character, a star for each other (张** for 张三丰). */
export const maskedName = (name: string): string => {
  const chars = [...name];
  return chars[0] ? chars[0] + '*'.repeat(Math.max(1, chars.length - 1)) : '';
};

/** The MRN's last four characters, the rest starred. */
export const maskedMrn = (mrn: string): string =>
  `${'*'.repeat(Math.max(0, mrn.length - 4))}${mrn.slice(-4)}`;
