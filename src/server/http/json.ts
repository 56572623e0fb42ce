/** JSON in and out of the API: bodies are size-limited and must be JSON; problems become clear 4xx answers. */
import { Problem } from '../core/errors.ts';
import { assertStorable } from '../text.ts';

/**
 * How much of an oversized body is still read (and thrown away) so the client, which is still sending, gets
 * the 413 rather than a reset connection. Past this the stream is cancelled.
 */
const DRAIN_LIMIT = 1024 * 1024;

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<void> {
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    read += value.byteLength;
    if (read > limit) {
      await reader.cancel();
      return;
    }
  }
}

export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const contentType = request.headers.get('content-type');
  // Refused before the body is read: the wrong type, or a declared length past the limit.
  mustBeJson(contentType);
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new Problem(413, `The request body is larger than ${maxBytes} bytes.`);
  const reader = request.body?.getReader();
  if (!reader) throw new Problem(400, 'The request has no body.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await discardRest(reader, DRAIN_LIMIT);
      throw new Problem(413, `The request body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return parseJsonText(Buffer.concat(chunks));
}

function mustBeJson(contentType: string | null): void {
  if (!/^application\/json\b/i.test(contentType ?? ''))
    throw new Problem(415, 'Send the request body as JSON (Content-Type: application/json).');
}

/**
 * A body already read (within the size limit) as JSON, by readJson's rules: sent as JSON, parsed, and every field
 * storable text. The built server's choice route (choice-route.ts) reads its body this way.
 */
export function parseJsonBody(contentType: string | null, body: Uint8Array): unknown {
  mustBeJson(contentType);
  return parseJsonText(body);
}

/** The body's bytes as JSON, every field storable text (the type was checked before the body was read). */
function parseJsonText(body: Uint8Array): unknown {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Problem(400, `The request body is not valid JSON: ${(error as Error).message}.`);
  }
  // No field anywhere may hold a NUL or an unpaired surrogate (PostgreSQL cannot store the one; neither is text).
  assertStorable(parsed);
  return parsed;
}

/** The headers of every JSON answer of the API. */
export const NO_STORE = { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' };

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), { status, headers: { ...NO_STORE, ...headers } });
}

/** An answer as status and JSON body, for the routes that write Node's response themselves (choice-route.ts). */
export interface Answer {
  status: number;
  body: unknown;
}

/** The JSON envelope of an error: a Problem's status and message, anything else a 500 (logged). */
export function problemAnswer(error: unknown): Answer {
  // The envelope's status is always the HTTP status: a detail cannot override it.
  if (error instanceof Problem)
    return {
      status: error.status,
      body: { error: { ...error.details, status: error.status, message: error.message } },
    };
  console.error(error);
  return {
    status: 500,
    body: {
      error: {
        status: 500,
        message: 'Something went wrong on the server. Try again; if it keeps happening, tell your administrator.',
      },
    },
  };
}

export function problemResponse(error: unknown): Response {
  const { status, body } = problemAnswer(error);
  return json(body, status);
}
