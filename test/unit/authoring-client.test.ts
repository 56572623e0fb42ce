/** What the authoring pages tell an educator when a request fails: Rapport's own sentence wherever it gave one. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, importScenarioZip, isTransient } from '../../src/lib/authoring-client.ts';

const answer = (status: number, body: unknown) =>
  vi.fn(async () => new Response(body === undefined ? '' : JSON.stringify(body), { status }));

afterEach(() => vi.unstubAllGlobals());

describe('authoring client failures', () => {
  it('passes on the busy checker’s sentence (503 with a message), and still retries it', async () => {
    const sentence = 'Rapport is checking other drafts just now; your save was not made. Try again in a moment.';
    vi.stubGlobal('fetch', answer(503, { error: { status: 503, message: sentence } }));
    const out = await call('PUT', '/api/authoring/drafts/x', { basedOn: 1, yaml: '', ink: '' });
    expect(out).toMatchObject({ ok: false, status: 503, message: sentence });
    expect(!out.ok && isTransient(out)).toBe(true);
  });

  it('says the server did not answer for a gateway error or a 5xx that says nothing', async () => {
    for (const [status, body] of [
      [502, undefined],
      [503, undefined],
      [504, { error: { status: 504, message: 'upstream timed out' } }],
      [500, undefined],
    ] as const) {
      vi.stubGlobal('fetch', answer(status, body));
      const out = await call('GET', '/api/authoring/drafts');
      expect(out.ok, String(status)).toBe(false);
      if (!out.ok) expect(out.message, String(status)).toMatch(/did not answer/);
    }
  });

  it('says there is no connection when fetch itself fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const out = await call('GET', '/api/authoring/drafts');
    expect(out).toMatchObject({ ok: false, status: 0 });
  });

  it('sends a zip as it is, typed as a zip, and reads the import’s refusal like any other', async () => {
    const fetch = answer(413, { error: { status: 413, message: 'The zip is larger than 1 MB.' } });
    vi.stubGlobal('fetch', fetch);
    const zip = new Blob([new Uint8Array([0x50, 0x4b, 3, 4])]);
    const out = await importScenarioZip(zip);
    expect(out).toMatchObject({ ok: false, status: 413, message: 'The zip is larger than 1 MB.' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/authoring/import');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: zip });
    expect(init.headers).toMatchObject({ 'content-type': 'application/zip' });
  });

  it('says a session that ended has ended when the server gives no sentence', async () => {
    vi.stubGlobal('fetch', answer(401, undefined));
    expect(await call('GET', '/api/authoring/drafts')).toMatchObject({
      ok: false,
      status: 401,
      message: /session has ended/,
    });
  });
});
