// Exact laboratory unit factors (clinical-scores.md §0): convert, never pre-round thresholds.
export const CREATININE_UMOL_PER_MG_DL = 88.4;
export const HEMOGLOBIN_G_L_PER_G_DL = 10;

export const creatinineMgDl = (umolPerL: number): number => umolPerL / CREATININE_UMOL_PER_MG_DL;
