// The device registry's vocabularies: the makers whose messages we read, the character sets a device
// may send without declaring one (MSH-18), where a device stands, and what an inbox message awaits.
export const DEVICE_VENDORS = ['mindray', 'ge', 'philips', 'comen', 'other'] as const;
export type DeviceVendor = (typeof DEVICE_VENDORS)[number];

export const DEVICE_CHARSETS = ['utf8', 'gb18030', 'latin1'] as const;
export type DeviceCharset = (typeof DEVICE_CHARSETS)[number];

/** An operating room, a PACU bed or a ward bed: the place whose current case receives the readings. */
export const PLACE_KINDS = ['or_room', 'pacu_bed', 'ward_bed'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** quarantined: from a device not registered (replayable); rejected: malformed; assigned: replayed. */
export const INBOX_STATUSES = ['quarantined', 'rejected', 'assigned'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];
