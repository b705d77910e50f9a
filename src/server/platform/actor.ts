// Who is acting: the user of a request (or a job, or the command line), as services receive it.
// A service never sees a Fastify request; a route turns its request into an Actor with `actorOf`.
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../domain/auth/permissions';
import type { WardScope } from '../../domain/auth/scope';
import type { UserId } from '../../domain/common/ids';
import { AppError } from '../errors/app-error';
import type { Locale } from '../errors/messages';

export type Actor = {
  readonly id: UserId;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly scope: WardScope;
  readonly locale: Locale;
  /** The client's address, for the audit log. */
  readonly address: string;
};

/** The request's user as an Actor; the guard has already refused a request without one. */
export function actorOf(req: FastifyRequest): Actor {
  const user = req.user;
  if (!user) throw new AppError('unauthenticated');
  return { ...user, address: req.ip };
}
