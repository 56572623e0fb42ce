/**
 * Server-rendered forms on on-demand pages (cohorts, joining, the dashboard): they post to their own page,
 * which does the work through the services and answers with a redirect (so a reload does not repeat it),
 * or renders the page again with the refusal in words a person can act on. The middleware has already
 * checked the request's origin.
 */
import { Problem } from '../server/core/errors.ts';
import { assertStorable } from '../server/text.ts';

/**
 * The posted form's text fields, or a Problem when the body is too large or not a form. The HTTP entry point
 * (src/cli/serve.ts) has already refused a body over MAX_BODY_BYTES, chunked or not; the declared length is
 * checked here too for servers started otherwise (astro dev).
 */
export async function readForm(request: Request, maxBytes: number): Promise<Record<string, string>> {
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > maxBytes) throw new Problem(413, 'That form is too large to send.');
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    throw new Problem(400, 'The form could not be read. Reload the page and try again.');
  }
  const out: Record<string, string> = {};
  for (const [k, v] of data) if (typeof v === 'string') out[k] = v;
  // No NUL or unpaired surrogate in any field (the services check their own fields again).
  assertStorable(out, 'form');
  return out;
}

/** The refusal to show beside a form; anything that is not a Problem is rethrown (a 500 that logs). */
export function refusal(error: unknown): { status: number; message: string } {
  if (error instanceof Problem) return { status: error.status, message: error.message };
  throw error;
}
