// Permissions are a closed, typed list; roles grant sets of them. Deny by default:
// a route that declares no permission is refused (see server/auth/guard.ts).
// Administration follows 三员分立 (GB/T 22239-2019 level 3, china-standards.md §7.3): the system,
// security and audit administrators hold disjoint rights, and none of them reads patient data.
export const PERMISSIONS = [
  'patient.read',
  'patient.write',
  'case.read',
  'case.write',
  'case.transition',
  // Moving a case past a safety gate (an incomplete WHO checklist phase, an occupied theatre) with a
  // recorded reason: the anesthesiologist's call (docs/clinical-decisions.md).
  'case.gate_override',
  'scores.use',
  'assessment.read',
  'assessment.write',
  'assessment.sign',
  'observation.read',
  'observation.write',
  'device.admin',
  // The coded dictionaries (diagnoses, procedures with the hospital's grading catalogue): importing
  // the HIS export and installing the starter set. Reference data, no patient data: the system administrator's.
  'dictionary.manage',
  'observation.order',
  'complications.write',
  'followup.work',
  'report.read',
  // The QC indicators, KPIs and their drill-down lists (质控), the year's staffing entry, and loading a
  // hospital's past years (历史病例导入): patient data, so the quality officer's, never an administrator's.
  'quality.read',
  'quality.staffing',
  'history.import',
  // The department's one bed pool (全科一张床): the board, booking a bed, admitting / transferring /
  // discharging, knowingly breaking a hard bed rule with a reason (the charge nurse's call), the wards' rooms
  // and beds (structure, no patient data: the system administrator's), and the NHC bed statistics.
  'beds.read',
  'beds.request',
  'beds.assign',
  'beds.override',
  'beds.structure',
  'beds.statistics',
  'user.read',
  'user.admin',
  'role.assign',
  'security.policy',
  'system.health',
  'audit.read',
  'realtime.subscribe',
  'directory.read',
  'self.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'admin',
  'secadmin',
  'auditor',
  'anesthesiologist',
  'surgeon',
  'nurse',
  'followup',
  'quality',
  'viewer',
  'unassigned',
] as const;
export type Role = (typeof ROLES)[number];

/** The three administrator roles of 三员分立; one account holds at most one of them. */
export const ADMINISTRATOR_ROLES = ['admin', 'secadmin', 'auditor'] as const satisfies readonly Role[];

// The department's wards, beds and theatres: its structure, not patient data.
const DIRECTORY: Permission[] = ['directory.read', 'self.manage'];

const READ_CLINICAL: Permission[] = [
  ...DIRECTORY,
  'patient.read',
  'case.read',
  'assessment.read',
  'observation.read',
  'scores.use',
  'realtime.subscribe',
  'self.manage',
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  // 系统管理员: accounts (create, disable, reset a password), devices, the system's health. No patient data.
  admin: new Set<Permission>([
    ...DIRECTORY,
    'user.read',
    'user.admin',
    'device.admin',
    'dictionary.manage',
    'beds.structure',
    'system.health',
  ]),
  // 安全管理员: who holds which role and wards, and the password and lockout policy.
  secadmin: new Set<Permission>([...DIRECTORY, 'user.read', 'role.assign', 'security.policy']),
  // 审计管理员: reads the audit log, changes nothing.
  auditor: new Set<Permission>(['audit.read', 'self.manage']),
  anesthesiologist: new Set<Permission>([
    ...READ_CLINICAL,
    'case.write',
    'case.transition',
    'case.gate_override',
    'assessment.write',
    'assessment.sign',
    'observation.write',
    'observation.order',
    'complications.write',
    'beds.read',
  ]),
  surgeon: new Set<Permission>([
    ...READ_CLINICAL,
    'patient.write',
    'case.write',
    'case.transition',
    'observation.order',
    'complications.write',
    'beds.read',
    'beds.request',
    'beds.statistics',
  ]),
  nurse: new Set<Permission>([
    ...READ_CLINICAL,
    'patient.write',
    'case.transition',
    'observation.write',
    'beds.read',
    'beds.request',
    'beds.assign',
    'beds.override',
    'beds.statistics',
  ]),
  followup: new Set<Permission>([...READ_CLINICAL, 'followup.work']),
  quality: new Set<Permission>([
    ...READ_CLINICAL,
    'report.read',
    'quality.read',
    'quality.staffing',
    'history.import',
    'beds.read',
    'beds.statistics',
  ]),
  // The OR board on a public screen: cases with the patient's identity masked (no patient.read).
  viewer: new Set<Permission>([...DIRECTORY, 'case.read', 'scores.use', 'realtime.subscribe']),
  // An account the system administrator made and the security administrator has not yet given a role.
  unassigned: new Set<Permission>(['self.manage']),
};

export const hasPermission = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].has(permission);

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'System administrator' },
  secadmin: { zh: '安全管理员', en: 'Security administrator' },
  auditor: { zh: '审计管理员', en: 'Audit administrator' },
  anesthesiologist: { zh: '麻醉医师', en: 'Anesthesiologist' },
  surgeon: { zh: '外科医师', en: 'Surgeon' },
  nurse: { zh: '护士', en: 'Nurse' },
  followup: { zh: '随访员', en: 'Follow-up staff' },
  quality: { zh: '质控员', en: 'Quality officer' },
  viewer: { zh: '只读用户（患者信息脱敏）', en: 'Viewer (patient identity masked)' },
  unassigned: { zh: '未分配角色', en: 'No role yet' },
};
