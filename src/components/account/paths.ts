/**
 * Forwarding only: the sign-in redirect helpers moved to src/lib/sign-in-redirect.ts. The pages under
 * src/pages/cohorts still import them from here; delete this file once they import src/lib/sign-in-redirect.ts.
 */
export * from '../../lib/sign-in-redirect.ts';
