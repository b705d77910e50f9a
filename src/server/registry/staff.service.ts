// The staff a case names: active surgeon, anesthesiologist and nurse accounts, surgeons with their
// authorised grade, for the case form's pickers.
import type { z } from 'zod';
import type { StaffList, StaffRole, staffQuery } from '../../api/registry';
import { listStaff } from '../../db/registry/staff.repo';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export class StaffService {
  constructor(private readonly ctx: AppContext) {}

  async list(actor: Actor, query: z.infer<typeof staffQuery>): Promise<StaffList> {
    this.ctx.access.require(actor, 'case.write');
    const rows = await listStaff(this.ctx.database.db, query.role, query.q);
    return {
      items: rows.map((r) => ({
        id: r.id,
        displayName: r.displayName,
        role: r.role as StaffRole,
        surgicalGrade: r.surgicalGrade,
      })),
    };
  }
}
