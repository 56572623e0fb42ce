/**
 * Progress written to storage just after the page has drawn the answer to a click, rather than before: saving
 * serialises the whole play-through (every point with its ink state) and grows with every choice, and it used to
 * run between the click and the next lines appearing. The scenario machine saves exactly as before; this store
 * keeps the newest progress per scenario and writes it on `schedule` (after the next paint in the browser), and at
 * once when the page is hidden or left, so nothing is lost by closing it. Reading progress back sees what is pending.
 *
 * A save that fails (storage full or disabled) is reported on the next save, since the write happens later: the
 * player's "Progress not saved in this browser" comes one choice late, and clears once a write succeeds.
 */
import type { ProgressStore, SavedProgress } from './progress-store.ts';

export type Schedule = (write: () => void) => void;

/**
 * After the next frame is drawn; within half a second where frames are not drawn (a hidden tab). A page hidden after
 * this is called draws no frame either: the player writes at once when the page is hidden, so nothing waits on it.
 * Outside a frame, one timer, not a frame and a fallback timer at every click: setting a timer is a measurable part
 * of a click's cost at 4× CPU throttling (issue 14's profile).
 */
export const afterPaint: Schedule = (write) => {
  if (document.visibilityState === 'hidden') return void setTimeout(write, 500);
  if (window.top !== window) {
    // In a frame (an LMS page), frames stop being drawn while it is scrolled out of view though the page is visible:
    // the half-second timer stays as well.
    const timer = setTimeout(write, 500);
    return void requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        write();
      }, 0),
    );
  }
  requestAnimationFrame(() => setTimeout(write, 0));
};

/**
 * When the page has nothing else to do (after it has drawn, and within a second at most), or just after the next
 * paint where the browser cannot say when it is idle (Safari).
 */
export const whenIdle: Schedule = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 1000 });
  else afterPaint(work);
};

export function savedLater(store: ProgressStore, schedule: Schedule): ProgressStore & { flush(): void } {
  const pending = new Map<string, SavedProgress>();
  let scheduled = false;
  let failing = false;
  const flush = () => {
    scheduled = false;
    for (const [slug, progress] of [...pending]) {
      pending.delete(slug);
      try {
        store.save(progress);
        failing = false;
      } catch {
        failing = true;
      }
    }
  };
  return {
    load: (slug) => (pending.has(slug) ? structuredClone(pending.get(slug)!) : store.load(slug)),
    save(progress) {
      pending.set(progress.slug, progress);
      if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
      if (failing) throw new Error('progress could not be saved in this browser');
    },
    clear(slug) {
      pending.delete(slug);
      store.clear(slug);
    },
    recordAttempt: (attempt) => store.recordAttempt(attempt),
    attempts: (slug) => store.attempts(slug),
    flush,
  };
}
