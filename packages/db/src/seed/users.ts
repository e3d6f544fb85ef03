import { createHash } from 'node:crypto';
import type { Role } from '@lagesbild/domain';
import { hashPassword } from '../passwords';
import { DEMO_UNITS } from './organisation';

/** The demo accounts' shared password; it is in the README, and the data is fictional. */
export const DEMO_PASSWORD = 'lagesbild-demo';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  unitSlug: string | null;
}

/** One ITD leader, one KS reader and one reporter per förvaltning. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'itd@demo.lagesbild.se', name: 'Ida Ledning (ITD)', role: 'itd', unitSlug: null },
  { email: 'ks@demo.lagesbild.se', name: 'Kim Ledamot (KS)', role: 'viewer', unitSlug: null },
  ...DEMO_UNITS.filter((u) => u.kind === 'department').map((u) => ({
    email: `${u.slug}@demo.lagesbild.se`,
    name: `Rapportör, ${u.name}`,
    role: 'reporter' as const,
    unitSlug: u.slug,
  })),
];

/** A salt derived from the e-mail keeps the seed the same every time; real accounts get random salts. */
export function hashDemoPassword(email: string): Promise<string> {
  return hashPassword(DEMO_PASSWORD, createHash('sha256').update(email).digest().subarray(0, 16));
}
