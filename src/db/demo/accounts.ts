// The demo accounts, created only together with the demo data.
import type { Role } from '../../domain/auth/permissions';

export const DEMO_PASSWORD = 'Periop@2026!';

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
  { username: 'secadmin', displayName: '安全管理员', role: 'secadmin' },
  { username: 'auditor', displayName: '审计管理员', role: 'auditor' },
  { username: 'anesthesia', displayName: '王麻醉', role: 'anesthesiologist' },
  { username: 'surgeon', displayName: '李外科', role: 'surgeon' },
  { username: 'nurse', displayName: '赵护士', role: 'nurse' },
  { username: 'followup', displayName: '孙随访', role: 'followup' },
  { username: 'quality', displayName: '周质控', role: 'quality' },
];
