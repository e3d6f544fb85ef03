import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorEnrolment } from '../api-types';
import { trpc } from '../trpc';
import {
  codeErrorsFromApi,
  codeFormErrorOf,
  groupSecret,
  type CodeFieldError,
} from './code-errors';
import { CodeField } from '../components/credential-fields';
import { FormActions, FormAlert } from '../components/form-actions';

/**
 * The secret shown this once, as a QR code and as text in groups of four for typing by hand, and the
 * field for the first code that turns it on. Focus starts on the first step's heading.
 */
export function EnrolmentPanel({
  enrolment,
  email,
  onEnabled,
  onCancel,
}: {
  enrolment: SecondFactorEnrolment;
  email: string;
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<CodeFieldError | null>(null);
  const [formError, setFormError] = useState<ReturnType<typeof codeFormErrorOf> | null>(null);
  const confirm = useMutation(trpc.secondFactor.confirmEnrolment.mutationOptions());

  useEffect(() => headingRef.current?.focus(), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm.isPending) return;
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s+/g, '');
    const found: CodeFieldError | null =
      code === '' ? 'codeRequired' : /^\d{6}$/.test(code) ? null : 'codeFormat';
    if (found) {
      setError(found);
      codeRef.current?.focus();
      return;
    }
    confirm.mutate(
      { code },
      {
        onSuccess: ({ recoveryCodes }) => onEnabled(recoveryCodes),
        onError: (failure) => {
          const field = codeErrorsFromApi(failure).code;
          setError(field ?? null);
          setFormError(field ? null : codeFormErrorOf(failure));
          codeRef.current?.focus();
        },
      },
    );
  }

  const src = `data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`;
  return (
    <section className="second-factor-enrolment">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('secondFactor.scanTitle')}
      </h2>
      <p>{t('secondFactor.scanText')}</p>
      <img
        className="second-factor-qr"
        src={src}
        width={200}
        height={200}
        alt={t('secondFactor.qrAlt', { email })}
      />
      <dl className="second-factor-secret">
        <dt>{t('secondFactor.secretLabel')}</dt>
        <dd>
          <code>{groupSecret(enrolment.secret)}</code>
        </dd>
        <dd className="field-hint">{t('secondFactor.secretHint')}</dd>
      </dl>
      <h2>{t('secondFactor.confirmTitle')}</h2>
      {formError && <FormAlert>{t(`secondFactor.errors.${formError}`)}</FormAlert>}
      <form className="password-form" noValidate onSubmit={onSubmit}>
        <CodeField
          id={id}
          inputRef={codeRef}
          label={t('secondFactor.code')}
          hint={t('secondFactor.codeHint')}
          error={error ? t(`secondFactor.errors.${error}`) : undefined}
        />
        <FormActions
          pending={confirm.isPending}
          label={t('secondFactor.confirm')}
          pendingLabel={t('secondFactor.confirming')}
          cancelLabel={t('secondFactor.cancel')}
          onCancel={onCancel}
        />
      </form>
    </section>
  );
}

/** The ten recovery codes, shown once right after enabling; focus goes to their heading. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="second-factor-recovery">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('secondFactor.recoveryTitle')}
      </h2>
      <p>{t('secondFactor.recoveryText')}</p>
      <ol className="recovery-codes" aria-label={t('secondFactor.recoveryListLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p className="actions">
        <button type="button" className="button" onClick={onDone}>
          {t('secondFactor.recoveryDone')}
        </button>
      </p>
    </section>
  );
}
