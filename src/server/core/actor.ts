/**
 * Who is acting: every service takes the person asking (their id and role) and checks access on the records
 * themselves. The role checks shared by more than one service live here, so no service imports another for them.
 */
import type { Role } from '../db/schema.ts';
import { forbidden } from './errors.ts';

export interface Actor {
  id: string;
  role: Role;
}

/** Supervisors and administrators: the roles that have cohorts. */
export function isSupervising(role: Role): boolean {
  return role === 'supervisor' || role === 'admin';
}

/** Throws 403 unless the actor is an administrator. */
export function requireAdmin(actor: Actor, message = 'Only an administrator can do that.'): void {
  if (actor.role !== 'admin') throw forbidden(message);
}
