// The vital-sign parameters Periop stores, each with its LOINC code and canonical unit. Device codes
// (MDC, Mindray PDS, Philips MDIL) map onto these on entry (DESIGN.md: "LOINC for observations").
// LOINC codes: loinc.org (Vital Signs panel 85353-1 and the invasive-pressure terms).
export const PARAMETERS = {
  hr: { loinc: '8867-4', unit: '/min', zh: '心率', en: 'Heart rate', min: 0, max: 350 },
  pr: { loinc: '8889-8', unit: '/min', zh: '脉率', en: 'Pulse rate (SpO2)', min: 0, max: 350 },
  spo2: { loinc: '59408-5', unit: '%', zh: '血氧饱和度', en: 'SpO2', min: 0, max: 100 },
  rr: { loinc: '9279-1', unit: '/min', zh: '呼吸频率', en: 'Respiratory rate', min: 0, max: 150 },
  nibp_sys: { loinc: '8480-6', unit: 'mmHg', zh: '无创收缩压', en: 'NIBP systolic', min: 0, max: 350 },
  nibp_dia: { loinc: '8462-4', unit: 'mmHg', zh: '无创舒张压', en: 'NIBP diastolic', min: 0, max: 300 },
  nibp_mean: { loinc: '8478-0', unit: 'mmHg', zh: '无创平均压', en: 'NIBP mean', min: 0, max: 300 },
  art_sys: { loinc: '76215-3', unit: 'mmHg', zh: '有创收缩压', en: 'ART systolic', min: -50, max: 350 },
  art_dia: { loinc: '76213-8', unit: 'mmHg', zh: '有创舒张压', en: 'ART diastolic', min: -50, max: 300 },
  art_mean: { loinc: '76214-6', unit: 'mmHg', zh: '有创平均压', en: 'ART mean', min: -50, max: 300 },
  pa_sys: { loinc: '8440-0', unit: 'mmHg', zh: '肺动脉收缩压', en: 'PA systolic', min: -50, max: 200 },
  pa_dia: { loinc: '8385-7', unit: 'mmHg', zh: '肺动脉舒张压', en: 'PA diastolic', min: -50, max: 200 },
  pa_mean: { loinc: '8414-5', unit: 'mmHg', zh: '肺动脉平均压', en: 'PA mean', min: -50, max: 200 },
  cvp: { loinc: '60985-9', unit: 'mmHg', zh: '中心静脉压', en: 'CVP', min: -30, max: 100 },
  temp: { loinc: '8310-5', unit: 'Cel', zh: '体温', en: 'Temperature', min: 15, max: 45 },
  etco2: { loinc: '19891-1', unit: 'mmHg', zh: '呼末二氧化碳', en: 'EtCO2', min: 0, max: 150 },
} as const satisfies Record<
  string,
  { loinc: string; unit: string; zh: string; en: string; min: number; max: number }
>;

export type ParameterCode = keyof typeof PARAMETERS;
export const PARAMETER_CODES = Object.keys(PARAMETERS) as ParameterCode[];
