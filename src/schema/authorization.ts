import { roleAtLeast, type Role } from '../domain/index.js';
import { ForbiddenError, UnauthenticatedError } from '../domain/index.js';
import type { Context } from './context.type.js';

/** Every mutation starts here: no credentials → UNAUTHENTICATED; too weak a role → FORBIDDEN. */
export function requireRole(ctx: Context, required: Role): void {
  if (ctx.actor.kind === 'anonymous') {
    throw new UnauthenticatedError(`Changing the graph needs the ${required} role: send "Authorization: Bearer <API key or token>".`);
  }
  if (!roleAtLeast(ctx.actor.role, required)) {
    throw new ForbiddenError(`This needs the ${required} role; your role is ${ctx.actor.role ?? 'none'}.`, { required, role: ctx.actor.role });
  }
}
