// The department's structure: wards with their beds, and the operating rooms. No patient data.
import type { OrRoom, Ward } from '../../api/registry';
import { listOrRooms, listWards } from '../../db/registry/ward.repo';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export class DirectoryService {
  constructor(private readonly ctx: AppContext) {}

  async wards(actor: Actor): Promise<Ward[]> {
    this.ctx.access.require(actor, 'directory.read');
    return listWards(this.ctx.database.db);
  }

  async orRooms(actor: Actor): Promise<OrRoom[]> {
    this.ctx.access.require(actor, 'directory.read');
    return (await listOrRooms(this.ctx.database.db)).map((r) => ({ code: r.code, name: r.name }));
  }
}
