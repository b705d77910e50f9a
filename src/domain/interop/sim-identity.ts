// Deterministic identities of simulated monitors, shared by the simulator and the demo department
// (which registers the Mindray ones for its rooms). OUIs: 00A037 Mindray, 080019 GE (hl7-devices.md).
export const SIM_VENDORS = ['mindray-ihe', 'mindray-pds', 'philips', 'ge'] as const;
export type SimVendor = (typeof SIM_VENDORS)[number];

const OUI: Record<SimVendor, string> = {
  'mindray-ihe': '00A037',
  'mindray-pds': '00A037',
  philips: '00095C',
  ge: '080019',
};

export const simIdentifier = (vendor: SimVendor, index: number): string =>
  vendor === 'philips'
    ? `EFFICIA-${String(index + 1).padStart(4, '0')}`
    : `${OUI[vendor]}FFFE${(index + 1).toString(16).toUpperCase().padStart(6, '0')}`;

export const simRoom = (index: number, roomCount = 8): string =>
  `OR-${String((index % roomCount) + 1).padStart(2, '0')}`;
