/**
 * Sending one item of the outbox (attempt-sync-machine.ts) and reading what the server answered, in the attempt
 * protocol's terms (src/lib/attempt-protocol.ts, whose types alone are imported here: the browser never bundles zod).
 *
 * A request sent twice is recognised by the server: 200 for a duplicate counts as sent, and so does 409 with an
 * `expectedSeq` past the event's (recorded before the answer was lost). Any other refusal (400, 404, 409, 422)
 * stops that attempt. A network failure, a timeout, 408, 429 and 5xx are tried again; 401 means signed out.
 */
import type { RecordedScore } from '../lib/attempt-protocol.ts';
import { isRecord, type OutboxItem } from './attempt-sync-outbox.ts';

export type Outcome =
  | { kind: 'sent'; score: RecordedScore | null }
  | { kind: 'retry'; reason: 'network' | 'server' }
  | { kind: 'rejected'; message: string }
  | { kind: 'signed-out'; message: string };

/** Just what the outbox reads of a fetch response. */
export interface ResponseLike {
  status: number;
  json(): Promise<unknown>;
}

export type Fetch = (url: string, init: RequestInit) => Promise<ResponseLike>;

export const SIGNED_OUT =
  'You are signed out, so your choices are not reaching your record. Sign in again and reload this page: nothing waiting is lost.';

const STATUSES: readonly RecordedScore['status'][] = ['in_progress', 'completed', 'rejected'];

/** The score in a completion's answer (the protocol's `eventAnswer.attempt`), read leniently: what is missing is null. */
function scoreOf(attempt: unknown): RecordedScore | null {
  if (!isRecord(attempt)) return null;
  const domains = Array.isArray(attempt.domains) ? attempt.domains.filter(isRecord) : [];
  const status = STATUSES.find((s) => s === attempt.status) ?? 'completed';
  return {
    status,
    overall: typeof attempt.overall === 'number' ? attempt.overall : null,
    band: typeof attempt.band === 'string' ? attempt.band : null,
    domains: domains.map((d) => ({
      id: String(d.id),
      name: String(d.name),
      score: typeof d.score === 'number' ? d.score : null,
    })),
  };
}

/** What an answer from the server means for the item that was sent. */
export function classify(item: OutboxItem, status: number, body: unknown): Outcome {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const message =
    typeof error?.message === 'string' && error.message ? error.message : `The server refused it (${status}).`;
  if (status === 200 || status === 201) {
    // A 200 that is not the API's answer (a captive portal, a proxy page) is not an acknowledgement.
    if (!isRecord(body)) return { kind: 'retry', reason: 'server' };
    if (item.kind === 'start') {
      return isRecord(body.attempt) && body.attempt.id === item.attemptId
        ? { kind: 'sent', score: null }
        : { kind: 'retry', reason: 'server' };
    }
    if (body.seq !== item.body.seq) return { kind: 'retry', reason: 'server' };
    return { kind: 'sent', score: item.body.type === 'complete' ? scoreOf(body.attempt) : null };
  }
  if (status === 401) return { kind: 'signed-out', message: SIGNED_OUT };
  if (
    status === 409 &&
    item.kind === 'event' &&
    typeof error?.expectedSeq === 'number' &&
    error.expectedSeq > item.body.seq
  ) {
    // Already recorded: an earlier try reached the server but its answer did not reach us.
    return { kind: 'sent', score: null };
  }
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', reason: 'server' };
  if (status >= 400) return { kind: 'rejected', message };
  return { kind: 'retry', reason: 'server' };
}

const urlOf = (item: OutboxItem) =>
  item.kind === 'start' ? '/api/attempts' : `/api/attempts/${encodeURIComponent(item.attemptId)}/events`;

/** Sends one item; a request not answered within `timeoutMs` counts as a network failure. */
export async function deliver(
  fetch: Fetch,
  item: OutboxItem,
  signal: AbortSignal,
  timeoutMs = 20_000,
): Promise<Outcome> {
  let response: ResponseLike;
  try {
    response = await fetch(urlOf(item), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(item.body),
      credentials: 'same-origin',
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
  } catch {
    return { kind: 'retry', reason: 'network' };
  }
  // An answer that is not JSON (a proxy's page) reads as no body.
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return classify(item, response.status, body);
}
