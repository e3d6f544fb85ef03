import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorEnrolment } from '../api-types';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { DisableSecondFactorForm } from '../second-factor/disable-form';
import { EnrolmentPanel, RecoveryCodesPanel } from '../second-factor/enrolment';
import { trpc } from '../trpc';
import { Announcement } from '../components/announcement';
import { FormAlert, PendingButton } from '../components/form-actions';

/**
 * One's own second factor: turn it on (scan, confirm with a code, keep the recovery codes), see how many
 * recovery codes are left, or turn it off. Local accounts only; the identity provider has its own.
 */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const user = useSessionUser().data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // Required for the role and not yet done: this page is the only one until it is.
  const [forced] = useState(user?.mustEnrolSecondFactor === true);
  usePageTitle(t('secondFactor.title'));
  const status = useQuery(trpc.secondFactor.status.queryOptions());
  const start = useMutation(trpc.secondFactor.startEnrolment.mutationOptions());
  const [enrolment, setEnrolment] = useState<SecondFactorEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  // After the codes are saved or it is turned off, focus goes to the status line once it is drawn.
  const [focusStatus, setFocusStatus] = useState(0);
  useEffect(() => {
    if (focusStatus) statusRef.current?.focus();
  }, [focusStatus]);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.secondFactor.status.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    ]);

  if (!status.isSuccess) return <QueryState query={status} title={t('secondFactor.title')} />;

  function onStart() {
    if (start.isPending) return;
    setAnnouncement('');
    start.mutate(undefined, { onSuccess: setEnrolment });
  }

  async function onRecoveryCodesSaved() {
    if (forced) {
      // The start page lets a person in only once the session says enrolment is done: wait for it,
      // or the stale answer sends them straight back here.
      await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      return void navigate({ to: '/', search: {} });
    }
    setRecoveryCodes(null);
    setAnnouncement(t('secondFactor.statusOn'));
    setFocusStatus((n) => n + 1);
  }

  let body;
  if (recoveryCodes) {
    body = <RecoveryCodesPanel codes={recoveryCodes} onDone={() => void onRecoveryCodesSaved()} />;
  } else if (enrolment) {
    body = (
      <EnrolmentPanel
        enrolment={enrolment}
        email={user?.email ?? ''}
        onCancel={() => setEnrolment(null)}
        onEnabled={(codes) => {
          setEnrolment(null);
          setRecoveryCodes(codes);
          void refresh();
        }}
      />
    );
  } else if (!status.data.available) {
    body = <p>{t('secondFactor.notAvailable')}</p>;
  } else if (status.data.enabled) {
    body = (
      <>
        <p>{t('secondFactor.recoveryLeft', { count: status.data.recoveryCodesLeft })}</p>
        <p>{t('secondFactor.lostPhone')}</p>
        <DisableSecondFactorForm
          onDisabled={() => {
            setAnnouncement(t('secondFactor.disabled'));
            void refresh();
            setFocusStatus((n) => n + 1);
          }}
        />
      </>
    );
  } else {
    body = (
      <>
        {start.isError && <FormAlert>{t('secondFactor.errors.failed')}</FormAlert>}
        <p>
          <PendingButton
            pending={start.isPending}
            label={t('secondFactor.start')}
            pendingLabel={t('secondFactor.starting')}
            onClick={onStart}
          />
        </p>
      </>
    );
  }

  return (
    <div className="page second-factor">
      <h1>{t('secondFactor.title')}</h1>
      {forced && !recoveryCodes && (
        <p className="form-alert" role="note">
          {t('secondFactor.mustEnrol')}
        </p>
      )}
      <p className="page-intro">{t('secondFactor.intro')}</p>
      <Announcement text={announcement} />
      {status.data.available && !recoveryCodes && (
        <p ref={statusRef} tabIndex={-1} className="second-factor-status">
          <strong>
            {status.data.enabled ? t('secondFactor.statusOn') : t('secondFactor.statusOff')}
          </strong>
        </p>
      )}
      {body}
    </div>
  );
}
