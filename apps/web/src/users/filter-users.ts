import type { ManagedUser, Role } from '../api-types';

export interface UserFilter {
  /** Part of a name or e-mail address, any case. */
  text?: string;
  role?: Role;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** The users that match, by name in Swedish alphabetical order (Å, Ä, Ö last). */
export function filterUsers(users: readonly ManagedUser[], { text, role }: UserFilter) {
  const needle = text?.trim().toLocaleLowerCase('sv') ?? '';
  return users
    .filter((u) => !role || u.role === role)
    .filter(
      (u) =>
        needle === '' ||
        u.name.toLocaleLowerCase('sv').includes(needle) ||
        u.email.toLocaleLowerCase('sv').includes(needle),
    )
    .sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
}
