/** The helpers pages and islands share (src/lib): dates and labels, and the islands' API calls. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BAND_LABELS } from '../../src/engine/scoring.ts';
import { SERVER_DOWN, send, whenToRetry } from '../../src/lib/api-client.ts';
import { bandLabel, formatDay, formatWhen, scoreLabel } from '../../src/lib/dates-and-labels.ts';

describe('dates and labels', () => {
  it('shows a moment in UTC whatever the machine’s zone, and leaves what is not a date as it came', () => {
    // 23:30 on the 1st at UTC-5 is 04:30 on the 2nd in UTC.
    expect(formatWhen('2026-03-01T23:30:00-05:00')).toBe('2 Mar 2026, 04:30 UTC');
    expect(formatDay('2026-03-01T23:30:00-05:00')).toBe('2 Mar 2026');
    expect(formatWhen('not a date')).toBe('not a date');
    expect(formatDay('')).toBe('');
  });

  it('labels bands and scores, with a dash for none', () => {
    for (const [band, label] of Object.entries(BAND_LABELS)) expect(bandLabel(band)).toBe(label);
    expect(bandLabel(null)).toBe('—');
    expect(scoreLabel(null)).toBe('—');
    expect(scoreLabel(72.5)).toBe('73');
    expect(scoreLabel(0)).toBe('0');
  });
});

describe('the islands’ API calls', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), { status, headers })),
    );

  it('sends JSON on the same origin and hands back the data', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: 'a' }), { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    expect(await send('POST', '/api/x', { n: 1 })).toEqual({ ok: true, status: 201, data: { id: 'a' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/x');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"n":1}' });
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('says the server did not answer when the network fails or a gateway answers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await send('GET', '/api/x')).toMatchObject({ ok: false, status: 0, message: SERVER_DOWN });
    answer(503, null);
    expect(await send('GET', '/api/x')).toMatchObject({ ok: false, status: 503, message: SERVER_DOWN });
  });

  it('passes on what Rapport’s API or better-auth said, with the wait a throttle asks for', async () => {
    answer(400, { error: { status: 400, message: 'name: must not be empty' } });
    expect(await send('POST', '/api/x', {})).toMatchObject({
      ok: false,
      status: 400,
      message: 'name: must not be empty',
      code: null,
    });
    answer(429, { code: 'TOO_MANY_REQUESTS', message: 'Too many requests' }, { 'x-retry-after': '42' });
    expect(await send('POST', '/api/auth/sign-in/email', {})).toMatchObject({
      ok: false,
      status: 429,
      message: 'Too many requests',
      code: 'TOO_MANY_REQUESTS',
      retryAfter: 42,
    });
    answer(403, null);
    expect(await send('DELETE', '/api/x')).toMatchObject({
      ok: false,
      message: 'The request was refused (HTTP 403).',
      retryAfter: null,
    });
  });

  it('words a wait in seconds below a minute and a half, in minutes after', () => {
    const now = new Date('2026-03-02T14:03:00Z');
    expect(whenToRetry(null, now)).toBe('in a minute');
    expect(whenToRetry(1, now)).toMatch(/^in 1 second \(at .+\)$/);
    expect(whenToRetry(42, now)).toMatch(/^in 42 seconds \(at .+\)$/);
    expect(whenToRetry(150, now)).toMatch(/^in about 3 minutes \(at .+\)$/);
  });
});
