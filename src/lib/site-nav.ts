/**
 * The site navigation, by role: a guest sees "Sign in"; a signed-in person sees "Account" and the places where
 * their role's work is (a trainee their dashboard and history, a supervisor their cohorts, an educator authoring
 * and item analysis, an administrator all of that and the accounts). The server refuses what a role may not use
 * whatever the navigation shows; this only keeps people from links that would refuse them.
 *
 * On-demand pages know the person and render their links alone. Prerendered pages are one file for everyone:
 * they render every link, each marked with the roles it is for (`data-nav`), and load `/nav.css`, answered per
 * request with `navStylesheet(...)`, which hides the links that are not for the person asking. A stylesheet
 * rather than a script keeps those pages free of JavaScript, and, loaded in the head, it applies before the
 * first paint, so the navigation never changes under the reader.
 */
import type { Role } from '../server/db/schema.ts';

/** Who a link is for: a role, or `guest` (signed out). */
export type NavAudience = Role | 'guest';

export interface NavLink {
  href: string;
  label: string;
  /** The audiences that see it; `null` for everyone. */
  for: readonly NavAudience[] | null;
}

const SIGNED_IN: readonly Role[] = ['trainee', 'supervisor', 'educator', 'admin'];

/** In the order shown. */
export const NAV_LINKS: readonly NavLink[] = [
  { href: '/', label: 'Scenarios', for: null },
  { href: '/dashboard/', label: 'Dashboard', for: ['trainee', 'educator'] },
  { href: '/history/', label: 'History', for: ['trainee'] },
  { href: '/cohorts/', label: 'Cohorts', for: ['supervisor', 'admin'] },
  { href: '/author/', label: 'Author', for: ['educator', 'admin'] },
  { href: '/analytics/', label: 'Analytics', for: ['educator', 'admin'] },
  { href: '/admin/', label: 'Accounts', for: ['admin'] },
  { href: '/rubric/', label: 'Rubric', for: null },
  { href: '/about/', label: 'About', for: null },
  { href: '/account/', label: 'Account', for: SIGNED_IN },
  { href: '/signin/', label: 'Sign in', for: ['guest'] },
];

/** The token a demo account adds to its audience, for the "Demo account" badge. */
export const DEMO_AUDIENCE = 'demo';

/** The audience of a person, or of a guest (null). An unknown role is treated as the least: a trainee. */
export function audienceOf(user: { role: string } | null): NavAudience {
  if (!user) return 'guest';
  return (SIGNED_IN as readonly string[]).includes(user.role) ? (user.role as Role) : 'trainee';
}

/** The links `audience` sees. */
export function navFor(audience: NavAudience): NavLink[] {
  return NAV_LINKS.filter((l) => l.for === null || l.for.includes(audience));
}

/** The `data-nav` attribute of a link on a prerendered page: its audiences, or nothing when it is for everyone. */
export function navAttribute(link: Pick<NavLink, 'for'>): string | undefined {
  return link.for === null ? undefined : link.for.join(' ');
}

/** Which link is the current page: the link's own path, or, for "Sign in", the sign-up page too. */
export function isCurrent(href: string, pathname: string): boolean {
  const here = pathname.replace(/\/?$/, '/');
  return here === href || (href === '/signin/' && here === '/signup/');
}

/**
 * The stylesheet a prerendered page loads for the person asking: every marked element whose audiences do not
 * include theirs (or, for a demo account, the demo badge's) is hidden. Hidden by `display: none`, so it leaves
 * the accessibility tree too.
 */
export function navStylesheet(user: { role: string; demo?: boolean } | null): string {
  const shown = [audienceOf(user), ...(user?.demo ? [DEMO_AUDIENCE] : [])];
  const keep = shown.map((a) => `:not([data-nav~="${a}"])`).join('');
  return `/* Rapport: the navigation for ${shown.join(' + ')} (src/lib/site-nav.ts) */\n.site-nav [data-nav]${keep} { display: none; }\n`;
}
