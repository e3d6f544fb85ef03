import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../forms/api-error';
import type { ManagedUser, SessionUser } from '../api-types';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { EmptyState, PageMessage } from '../components/states';
import { QueryState } from '../components/query-state';
import { Announcement } from '../components/announcement';
import { DisableUserDialog, useSetDisabled } from '../users/disable-user-dialog';
import { EditUserDialog } from '../users/edit-user-dialog';
import { filterUsers } from '../users/filter-users';
import { NewUserSection } from '../users/new-user-section';
import { UsersFilters } from '../users/users-filters';
import { ResetPasswordDialog } from '../users/reset-password-dialog';
import { ResetSecondFactorDialog } from '../users/reset-second-factor-dialog';
import { UsersTable } from '../users/users-table';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/users.css';
import { FormAlert } from '../components/form-actions';

const route = getRouteApi('/anvandare');

/** ITD's user administration; anyone else is told plainly that it is not for them. */
export function UsersPage() {
  const user = useSessionUser().data;
  // The layout shows this page only to a signed-in user, so `user` is known here.
  if (user?.role !== 'itd') return <UsersForbidden />;
  return <UsersAdmin me={user} />;
}

function UsersForbidden() {
  const { t } = useTranslation();
  return (
    <PageMessage title={t('users.title')}>
      <p className="lead">{t('users.forbidden')}</p>
      <p>{t('users.forbiddenHint')}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

function UsersAdmin({ me }: { me: SessionUser }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const users = useQuery(trpc.users.list.queryOptions());
  // Cached by the layout already; only the unit names are needed here.
  const overview = useQuery(trpc.maturity.overview.queryOptions({}));
  const units = overview.data?.units ?? [];
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<ManagedUser | null>(null);
  const [disabling, setDisabling] = useState<ManagedUser | null>(null);
  const [resetting, setResetting] = useState<ManagedUser | null>(null);
  const [resettingFactor, setResettingFactor] = useState<ManagedUser | null>(null);
  // Enabling takes nobody's access away, so it needs no confirmation.
  const enable = useSetDisabled(setAnnouncement);
  usePageTitle(t('users.title'));

  if (!users.isSuccess) {
    if (isForbidden(users.error)) return <UsersForbidden />;
    return <QueryState query={users} title={t('users.title')} />;
  }

  const shown = filterUsers(users.data, { text: search.sok, role: search.roll });
  const filtered = Boolean(search.sok ?? search.roll);

  return (
    <div className="page users-page">
      <h1>{t('users.title')}</h1>
      <p className="page-intro">{t('users.intro')}</p>
      <Announcement text={announcement} />
      {enable.error && <FormAlert>{t(`users.errors.${enable.error}`)}</FormAlert>}

      <NewUserSection units={units} onCreated={setAnnouncement} />

      <UsersFilters
        search={search}
        onChange={(change) =>
          void navigate({
            search: (prev) => ({ ...prev, ...change }),
            replace: true,
            resetScroll: false,
          })
        }
      />
      {shown.length === 0 ? (
        <>
          <EmptyState>{t('users.empty')}</EmptyState>
          <p>
            <Link to="/anvandare" search={{}}>
              {t('users.clearFilters')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <UsersTable
            users={shown}
            units={units}
            me={me}
            filtered={filtered}
            onEdit={setEditing}
            onToggleDisabled={(user) =>
              user.disabled ? enable.run(user, false) : setDisabling(user)
            }
            onResetPassword={setResetting}
            onResetSecondFactor={setResettingFactor}
          />
          <p className="users-count">{t('users.count', { count: shown.length })}</p>
        </>
      )}

      {editing && (
        <EditUserDialog
          user={editing}
          units={units}
          me={me}
          onClose={() => setEditing(null)}
          onSaved={setAnnouncement}
        />
      )}
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={setAnnouncement}
        />
      )}
      {resettingFactor && (
        <ResetSecondFactorDialog
          user={resettingFactor}
          onClose={() => setResettingFactor(null)}
          onDone={setAnnouncement}
        />
      )}
      {disabling && (
        <DisableUserDialog
          user={disabling}
          onClose={() => setDisabling(null)}
          onDone={setAnnouncement}
        />
      )}
    </div>
  );
}
