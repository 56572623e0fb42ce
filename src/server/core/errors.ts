/**
 * A request Rapport refuses, with the HTTP status it maps to and a message a person can act on.
 * Services throw it; the API layer turns it into `{ error: { status, message, ...details } }`.
 */
const BRAND = Symbol.for('rapport.problem');

export class Problem extends Error {
  /**
   * A built server holds two copies of this class: the one its services were started from (src/) and the
   * one bundled into the API routes (dist/). Either copy recognises a Problem made by the other.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
  readonly status: number;
  readonly details: Record<string, unknown>;
  constructor(status: number, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'Problem';
    this.status = status;
    this.details = details;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** The same answer whether a record does not exist or belongs to someone else, so nothing leaks. */
export const notFound = (what: string) => new Problem(404, `No ${what} with that id was found.`);
export const forbidden = (message = 'You do not have permission to do that.') => new Problem(403, message);
