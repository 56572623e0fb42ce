/**
 * The demo organisation: one account per role, created on an empty database outside production so
 * `npm start` can be tried at once. The accounts are flagged `demo` and the pages say so.
 */
import type { Kysely } from 'kysely';
import type { Auth } from '../auth/auth.ts';
import type { Database, Role } from '../db/schema.ts';

export interface DemoAccount {
  role: Role;
  name: string;
  email: string;
  password: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'trainee', name: 'Demo Trainee', email: 'demo.trainee@rapport.example', password: 'rapport-demo-trainee' },
  {
    role: 'supervisor',
    name: 'Demo Supervisor',
    email: 'demo.supervisor@rapport.example',
    password: 'rapport-demo-supervisor',
  },
  {
    role: 'educator',
    name: 'Demo Educator',
    email: 'demo.educator@rapport.example',
    password: 'rapport-demo-educator',
  },
  { role: 'admin', name: 'Demo Admin', email: 'demo.admin@rapport.example', password: 'rapport-demo-admin' },
];

/** Seeds the demo accounts when no account exists yet; returns them when it did, else an empty list. */
export async function seedDemo(auth: Auth, db: Kysely<Database>): Promise<readonly DemoAccount[]> {
  const { n } = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n) > 0) return [];
  for (const account of DEMO_ACCOUNTS) {
    try {
      await auth.api.signUpEmail({ body: { email: account.email, password: account.password, name: account.name } });
    } catch (error) {
      // Another app server seeding at the same moment created it first.
      const exists = await db.selectFrom('user').select('id').where('email', '=', account.email).executeTakeFirst();
      if (!exists) throw error;
    }
    await db
      .updateTable('user')
      .set({ role: account.role, demo: true as never })
      .where('email', '=', account.email)
      .execute();
  }
  // Sign-up signs the new account in; the demo needs no open sessions.
  await db.deleteFrom('session').execute();
  return DEMO_ACCOUNTS;
}
