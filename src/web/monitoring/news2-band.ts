// The colour of a NEWS2 band on the observations page (the ward board keeps its own copy).
export const BAND_COLOR: Record<string, string> = {
  low: 'green',
  low_medium: 'gold',
  medium: 'orange',
  high: 'red',
};
