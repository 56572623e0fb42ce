/**
 * The navigation by role (src/lib/site-nav.ts) and where signing in lands (src/lib/sign-in-redirect.ts): each
 * audience sees the links of its work and no link that would refuse it, and the stylesheet a prerendered page
 * loads hides exactly the marked links that are not for the person asking.
 */
import { describe, expect, it } from 'vitest';
import {
  audienceOf,
  isCurrent,
  navAttribute,
  navFor,
  navStylesheet,
  NAV_LINKS,
  type NavAudience,
} from '../../src/lib/site-nav.ts';
import { AFTER_SIGN_IN, LANDING, landingFor, safeNext } from '../../src/lib/sign-in-redirect.ts';

const labels = (a: NavAudience) => navFor(a).map((l) => l.label);

/**
 * Which marked elements a stylesheet from `navStylesheet` hides, read the way a browser matches its one rule:
 * `.site-nav [data-nav]:not([data-nav~="a"]):not([data-nav~="b"])…`.
 */
function hiddenBy(css: string, marks: string[]): string[] {
  const rule = css.match(/\.site-nav \[data-nav\]((?::not\(\[data-nav~="[a-z]+"\]\))+) \{ display: none; \}/);
  if (!rule) throw new Error(`no rule in ${css}`);
  const kept = [...rule[1]!.matchAll(/~="([a-z]+)"/g)].map((m) => m[1]!);
  return marks.filter((m) => !m.split(' ').some((token) => kept.includes(token)));
}

describe('navigation by role', () => {
  it('a guest sees Sign in and the public pages, nothing that needs an account', () => {
    expect(labels('guest')).toEqual(['Scenarios', 'Rubric', 'About', 'Sign in']);
  });

  it('each role sees its work and Account, never Sign in', () => {
    expect(labels('trainee')).toEqual(['Scenarios', 'Dashboard', 'History', 'Rubric', 'About', 'Account']);
    expect(labels('supervisor')).toEqual(['Scenarios', 'Cohorts', 'Rubric', 'About', 'Account']);
    expect(labels('educator')).toEqual(['Scenarios', 'Dashboard', 'Author', 'Analytics', 'Rubric', 'About', 'Account']);
    expect(labels('admin')).toEqual([
      'Scenarios',
      'Cohorts',
      'Author',
      'Analytics',
      'Accounts',
      'Rubric',
      'About',
      'Account',
    ]);
  });

  it('only educators and administrators see Author and Analytics; only supervisors and administrators Cohorts; only administrators Accounts', () => {
    const who = (label: string) =>
      (['guest', 'trainee', 'supervisor', 'educator', 'admin'] as const).filter((a) => labels(a).includes(label));
    expect(who('Author')).toEqual(['educator', 'admin']);
    expect(who('Analytics')).toEqual(['educator', 'admin']);
    expect(who('Cohorts')).toEqual(['supervisor', 'admin']);
    expect(who('Accounts')).toEqual(['admin']);
  });

  it('an unknown role is treated as a trainee, a missing person as a guest', () => {
    expect(audienceOf(null)).toBe('guest');
    expect(audienceOf({ role: 'superuser' })).toBe('trainee');
    expect(audienceOf({ role: 'educator' })).toBe('educator');
  });

  it("the prerendered page's stylesheet leaves each audience exactly its own links", () => {
    const marks = NAV_LINKS.map((l) => navAttribute(l)).filter((m): m is string => m !== undefined);
    const everyone = NAV_LINKS.filter((l) => l.for === null).map((l) => l.label);
    for (const audience of ['guest', 'trainee', 'supervisor', 'educator', 'admin'] as const) {
      const user = audience === 'guest' ? null : { role: audience };
      const hidden = new Set(hiddenBy(navStylesheet(user), marks));
      const shown = NAV_LINKS.filter((l) => l.for === null || !hidden.has(navAttribute(l)!)).map((l) => l.label);
      expect(shown, audience).toEqual(labels(audience));
      expect(shown).toEqual(expect.arrayContaining(everyone));
    }
  });

  it('the demo badge shows for a demo account only', () => {
    expect(hiddenBy(navStylesheet({ role: 'trainee', demo: true }), ['demo'])).toEqual([]);
    expect(hiddenBy(navStylesheet({ role: 'trainee', demo: false }), ['demo'])).toEqual(['demo']);
    expect(hiddenBy(navStylesheet(null), ['demo'])).toEqual(['demo']);
  });

  it('marks the current page, and Sign in on the sign-up page too', () => {
    expect(isCurrent('/cohorts/', '/cohorts')).toBe(true);
    expect(isCurrent('/cohorts/', '/cohorts/abc/')).toBe(false);
    expect(isCurrent('/signin/', '/signup/')).toBe(true);
    expect(isCurrent('/', '/about/')).toBe(false);
  });
});

describe('where signing in lands', () => {
  it('each role where its work is', () => {
    expect(landingFor('trainee')).toBe('/dashboard/');
    expect(landingFor('supervisor')).toBe('/cohorts/');
    expect(landingFor('educator')).toBe('/dashboard/');
    expect(landingFor('admin')).toBe('/admin/');
    // Never an inherited property of the table.
    expect(landingFor('constructor')).toBe(LANDING.trainee);
    expect(landingFor('toString')).toBe(LANDING.trainee);
  });

  it('every landing is a page the role sees in its navigation', () => {
    for (const [role, path] of Object.entries(LANDING))
      expect(
        navFor(role as NavAudience).map((l) => l.href),
        role,
      ).toContain(path);
  });

  it('a page that asked to come back wins; nothing usable asked for gives the fallback the caller chose', () => {
    expect(safeNext('/cohorts/abc/dashboard/', null)).toBe('/cohorts/abc/dashboard/');
    expect(safeNext(null, null)).toBeNull();
    expect(safeNext('//evil.example', null)).toBeNull();
    expect(safeNext('/signin/', null)).toBeNull();
    expect(safeNext('//evil.example')).toBe(AFTER_SIGN_IN);
  });
});
