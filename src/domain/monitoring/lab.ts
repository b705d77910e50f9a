// Laboratory results entered on the ward for the detection rules: creatinine (µmol/L) for KDIGO.
export const LAB_ANALYTES = ['creatinine'] as const;
export type LabAnalyte = (typeof LAB_ANALYTES)[number];

export const LAB_UNITS: Record<LabAnalyte, string> = { creatinine: 'µmol/L' };
