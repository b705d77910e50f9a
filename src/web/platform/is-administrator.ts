import { ADMINISTRATOR_ROLES, type Role } from '../../domain/auth/permissions';

/** One of the three administrators (三员分立), who hold no patient data and so have no wards. */
export const isAdministrator = (role: Role) => (ADMINISTRATOR_ROLES as readonly Role[]).includes(role);
