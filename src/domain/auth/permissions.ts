// Permissions are a closed, typed list; roles grant sets of them. Deny by default:
// a route that declares no permission is refused (see server/auth/guard.ts).
export const PERMISSIONS = [
  'patient.read',
  'patient.write',
  'case.read',
  'case.write',
  'case.transition',
  'scores.use',
  'assessment.read',
  'assessment.write',
  'assessment.sign',
  'observation.read',
  'observation.write',
  'device.admin',
  'observation.order',
  'complication.write',
  'followup.work',
  'user.admin',
  'audit.read',
  'realtime.subscribe',
  'self.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'admin',
  'anesthesiologist',
  'surgeon',
  'nurse',
  'followup',
  'quality',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

const READ_CLINICAL: Permission[] = [
  'patient.read',
  'case.read',
  'assessment.read',
  'observation.read',
  'scores.use',
  'realtime.subscribe',
  'self.manage',
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    ...READ_CLINICAL,
    'patient.write',
    'case.write',
    'case.transition',
    'user.admin',
    'audit.read',
    'device.admin',
  ]),
  anesthesiologist: new Set<Permission>([
    ...READ_CLINICAL,
    'case.write',
    'case.transition',
    'assessment.write',
    'assessment.sign',
    'observation.write',
    'observation.order',
    'complication.write',
  ]),
  surgeon: new Set<Permission>([
    ...READ_CLINICAL,
    'patient.write',
    'case.write',
    'case.transition',
    'observation.order',
    'complication.write',
  ]),
  nurse: new Set<Permission>([...READ_CLINICAL, 'patient.write', 'case.transition', 'observation.write']),
  followup: new Set<Permission>([...READ_CLINICAL, 'followup.work']),
  quality: new Set<Permission>([...READ_CLINICAL, 'audit.read']),
  viewer: new Set<Permission>(['case.read', 'scores.use', 'realtime.subscribe', 'self.manage']),
};

export const hasPermission = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].has(permission);

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  anesthesiologist: { zh: '麻醉医师', en: 'Anesthesiologist' },
  surgeon: { zh: '外科医师', en: 'Surgeon' },
  nurse: { zh: '护士', en: 'Nurse' },
  followup: { zh: '随访员', en: 'Follow-up staff' },
  quality: { zh: '质控员', en: 'Quality officer' },
  viewer: { zh: '只读用户', en: 'Viewer' },
};
