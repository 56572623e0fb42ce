/**
 * Forwarding only: the formatting moved to src/lib/dates-and-labels.ts. The pages under src/pages/cohorts still
 * import it from here; delete this file once they import src/lib/dates-and-labels.ts.
 */
export * from '../../lib/dates-and-labels.ts';
