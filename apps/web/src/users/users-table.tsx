import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser, SessionUser } from '../api-types';
import { ScrollTable } from '../components/scroll-table';
import { RowAction } from '../components/row-action';

export interface UnitOption {
  slug: string;
  name: string;
}

interface UsersTableProps {
  users: readonly ManagedUser[];
  units: readonly UnitOption[];
  me: SessionUser;
  filtered: boolean;
  onEdit: (user: ManagedUser) => void;
  onToggleDisabled: (user: ManagedUser) => void;
  onResetPassword: (user: ManagedUser) => void;
  onResetSecondFactor: (user: ManagedUser) => void;
}

/** Everyone who may sign in; the status is a word, its colour only a help. */
export function UsersTable({
  users,
  units,
  me,
  filtered,
  onEdit,
  onToggleDisabled,
  onResetPassword,
  onResetSecondFactor,
}: UsersTableProps) {
  const { t } = useTranslation();
  const unitName = (slug: string | null) =>
    slug === null ? '–' : (units.find((u) => u.slug === slug)?.name ?? slug);
  return (
    <ScrollTable label={t('users.scrollLabel')}>
      <table className="data-table users-table">
        <caption>{filtered ? t('users.captionFiltered') : t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.col.name')}</th>
            <th scope="col">{t('users.col.email')}</th>
            <th scope="col">{t('users.col.role')}</th>
            <th scope="col">{t('users.col.unit')}</th>
            <th scope="col">{t('users.col.signIn')}</th>
            <th scope="col">{t('users.col.status')}</th>
            <th scope="col">{t('users.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-disabled={user.disabled || undefined}>
              <th scope="row">
                {user.name}
                {user.id === me.id && <> {t('users.you')}</>}
              </th>
              <td>{user.email}</td>
              <td>{t(`auth.role.${user.role}`)}</td>
              <td>{unitName(user.unitSlug)}</td>
              <td>
                {t(`users.signInMethod.${user.signIn}`)}
                {user.secondFactor && <>, {t('users.secondFactorOn')}</>}
              </td>
              <td className="nowrap">
                <span className={user.disabled ? 'user-status is-disabled' : 'user-status'}>
                  {user.disabled ? t('users.status.disabled') : t('users.status.active')}
                </span>
              </td>
              <td>
                <RowActions
                  user={user}
                  own={user.id === me.id}
                  onEdit={onEdit}
                  onToggleDisabled={onToggleDisabled}
                  onResetPassword={onResetPassword}
                  onResetSecondFactor={onResetSecondFactor}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function RowActions({
  user,
  own,
  onEdit,
  onToggleDisabled,
  onResetPassword,
  onResetSecondFactor,
}: {
  user: ManagedUser;
  own: boolean;
  onEdit: (user: ManagedUser) => void;
  onToggleDisabled: (user: ManagedUser) => void;
  onResetPassword: (user: ManagedUser) => void;
  onResetSecondFactor: (user: ManagedUser) => void;
}) {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <div className="row-actions">
      <RowAction label={t('users.edit')} subject={user.name} onClick={() => onEdit(user)} />
      <RowAction
        label={user.disabled ? t('users.enable') : t('users.disable')}
        subject={user.name}
        disabled={own}
        aria-describedby={own ? noteId : undefined}
        onClick={() => onToggleDisabled(user)}
      />
      {!own && user.signIn === 'local' && (
        <RowAction
          label={t('users.resetDialog.open')}
          subject={user.name}
          onClick={() => onResetPassword(user)}
        />
      )}
      {!own && user.secondFactor && (
        <RowAction
          label={t('users.resetSecondFactorDialog.open')}
          subject={user.name}
          onClick={() => onResetSecondFactor(user)}
        />
      )}
      {own && (
        <p id={noteId} className="field-hint">
          {t('users.ownAccountNote')}
        </p>
      )}
    </div>
  );
}
