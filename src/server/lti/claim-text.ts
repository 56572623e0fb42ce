/**
 * The launch claims Rapport stores or looks records up by, and how long each may be. A claim that cannot be stored
 * (a NUL, an unpaired surrogate: PostgreSQL refuses the first in any text, even a query's parameter) or is longer
 * than any real platform sends is refused with the launch's other refusals, before anything is created, rather
 * than reaching the database and answering 500. A claim of another type is left to the checks that read it.
 */
import { textProblem } from '../text.ts';
import { CLAIM } from './claims.ts';

/** Ids (subject, course, deployment, link, assignment): LTI 1.3 core caps `sub` at 255; the others alike. */
export const ID_MAX = 255;
/** A person's name and a course's title or label. */
export const NAME_MAX = 200;
/** An email address (RFC 5321's longest path). */
export const EMAIL_MAX = 254;
/** A service URL (roster, line items, a line item). */
export const URL_MAX = 2_000;

type Claims = Record<string, unknown>;

const objectAt = (claims: Claims, name: string): Claims =>
  claims[name] && typeof claims[name] === 'object' ? (claims[name] as Claims) : {};

/** Each checked claim: what the person is told it is, its value, and its longest length. */
function checkedClaims(claims: Claims): [label: string, value: unknown, max: number][] {
  const context = objectAt(claims, CLAIM.context);
  const nrps = objectAt(claims, CLAIM.nrps);
  const ags = objectAt(claims, CLAIM.ags);
  return [
    ['subject (sub)', claims.sub, ID_MAX],
    ['deployment id', claims[CLAIM.deploymentId], ID_MAX],
    ['course id', context.id, ID_MAX],
    ['course title', context.title, NAME_MAX],
    ['course label', context.label, NAME_MAX],
    ['resource link id', objectAt(claims, CLAIM.resourceLink).id, ID_MAX],
    ['assignment (custom rapport_assignment)', objectAt(claims, CLAIM.custom).rapport_assignment, ID_MAX],
    ['name', claims.name, NAME_MAX],
    ['given name', claims.given_name, NAME_MAX],
    ['family name', claims.family_name, NAME_MAX],
    ['email', claims.email, EMAIL_MAX],
    ['roster service URL', nrps.context_memberships_url, URL_MAX],
    ['line items URL', ags.lineitems, URL_MAX],
    ['line item URL', ags.lineitem, URL_MAX],
  ];
}

/** Why the launch's claims cannot be kept (naming the claim, never echoing its value), or null when they can. */
export function claimTextProblem(claims: Claims): string | null {
  for (const [label, value, max] of checkedClaims(claims)) {
    if (typeof value !== 'string') continue;
    const problem = textProblem(value);
    if (problem) return `The launch's ${label} ${problem}, so it was refused.`;
    if (value.length > max)
      return `The launch's ${label} is longer than ${max.toLocaleString('en')} characters, so it was refused.`;
  }
  return null;
}
