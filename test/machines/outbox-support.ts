/**
 * For the outbox tests: the real attempt service on a fresh SQLite database, behind a fake `fetch` that
 * answers as the API routes do (src/pages/api/attempts/**) and can be told to misbehave: the network
 * down, server errors, signed out, or an answer lost after the server recorded the event.
 */
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { ResponseLike } from '../../src/machines/attempt-sync-delivery.ts';
import { json, problemResponse } from '../../src/server/http/json.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { insertUser, openApp, type TestApp } from '../server/helpers.ts';

export type Weather = 'up' | 'down' | 'error500' | 'signedOut' | 'loseAnswers';

export interface Sent {
  url: string;
  body: Record<string, unknown>;
  status: number | 'network';
}

export interface FakeApi {
  t: TestApp;
  user: Actor;
  fetch: (url: string, init: RequestInit) => Promise<ResponseLike>;
  /** Every request, in the order sent, with what came back. */
  sent: Sent[];
  /** The most requests that were ever in flight at once. */
  maxInFlight: () => number;
  weather: Weather;
  /** Requests to hold (not answered) until `release()`. */
  hold: boolean;
  release(): void;
  close(): Promise<void>;
}

export async function fakeApi(bundles: ScenarioBundle[]): Promise<FakeApi> {
  const t = await openApp('sqlite', catalogOf(bundles));
  const user = await insertUser(t.app, 'trainee');
  let inFlight = 0;
  let most = 0;
  let releases: (() => void)[] = [];

  async function answer(url: string, body: unknown): Promise<Response> {
    try {
      if (url === '/api/attempts') {
        const { attempt, created } = await t.app.attempts.start(user, body);
        return json({ attempt }, created ? 201 : 200);
      }
      const m = /^\/api\/attempts\/([^/]+)\/events$/.exec(url);
      if (!m) return json({ error: { status: 404, message: 'Not found.' } }, 404);
      const result = await t.app.attempts.record(user, decodeURIComponent(m[1]!), body);
      if (result.attempt.status === 'rejected')
        return json({ error: { status: 422, message: result.attempt.rejection }, ...result }, 422);
      return json(result, result.duplicate ? 200 : 201);
    } catch (error) {
      return problemResponse(error);
    }
  }

  const api: FakeApi = {
    t,
    user,
    sent: [],
    weather: 'up',
    hold: false,
    maxInFlight: () => most,
    release() {
      const r = releases;
      releases = [];
      r.forEach((f) => f());
    },
    async close() {
      await t.close();
    },
    async fetch(url, init) {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      const record: Sent = { url, body, status: 'network' };
      api.sent.push(record);
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        if (api.hold) await new Promise<void>((resolve) => releases.push(resolve));
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
        const weather = api.weather;
        if (weather === 'down') throw new TypeError('Failed to fetch');
        if (weather === 'error500') {
          record.status = 500;
          return json({ error: { status: 500, message: 'Something went wrong on the server.' } }, 500);
        }
        if (weather === 'signedOut') {
          record.status = 401;
          return json({ error: { status: 401, message: 'Sign in to do this.' } }, 401);
        }
        const response = await answer(url, body);
        if (weather === 'loseAnswers') throw new TypeError('The connection was reset');
        record.status = response.status;
        return response;
      } finally {
        inFlight -= 1;
      }
    },
  };
  return api;
}

/** localStorage, in memory. */
export function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
  };
}

/** The browser's online and offline events, driven by the test. */
export function fakeConnectivity(initial = true) {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    online: () => online,
    connectivity: (listener: (online: boolean) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: boolean) {
      online = next;
      listeners.forEach((l) => l(next));
    },
  };
}
