import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notFoundSubject, parseApiError } from '../forms/api-error';
import { usePageTitle } from './page-title';

/** A page that is still loading: its heading first, then a status that screen readers announce. */
export function PageLoading({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <div className="page" aria-busy="true">
      <h1>{title}</h1>
      <Loading />
      <div className="skeleton" aria-hidden="true">
        <div className="skeleton-line wide" />
        <div className="skeleton-line" />
        <div className="skeleton-grid">
          <div className="skeleton-block" />
          <div className="skeleton-block" />
          <div className="skeleton-block" />
        </div>
      </div>
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="status-loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
    </p>
  );
}

/** A page that could not be shown: a heading, what happened, and a way on. */
export function PageMessage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="page page-message">
      <h1>{title}</h1>
      {children}
    </div>
  );
}

interface PageErrorProps {
  error: unknown;
  retry: () => void;
  /** What to say when the thing the page is about does not exist; pages without one leave it out. */
  notFound?: { title: string; text: string };
  /** The page without a round filter, offered when the round in the link does not exist. */
  latestLink: ReactNode;
  round: string | undefined;
}

/** NOT_FOUND for the page's subject or its round gets its own message; anything else can be retried. */
export function PageError({ error, retry, notFound, latestLink, round }: PageErrorProps) {
  const { t } = useTranslation();
  const subject = notFoundSubject(error);
  if (subject === 'round') {
    return (
      <PageMessage title={t('state.roundNotFoundTitle')}>
        <p>{t('state.roundNotFoundText', { round: round ?? '' })}</p>
        <p>{latestLink}</p>
      </PageMessage>
    );
  }
  if (subject !== null && notFound) {
    return (
      <PageMessage title={notFound.title}>
        <p>{notFound.text}</p>
        <p>
          <Link to="/">{t('state.backToOverview')}</Link>
        </p>
      </PageMessage>
    );
  }
  const limited = parseApiError(error).kind === 'rateLimited';
  return (
    <PageMessage title={t(limited ? 'state.tooManyRequestsTitle' : 'state.errorTitle')}>
      <p role="alert">{t(limited ? 'state.tooManyRequestsText' : 'state.errorText')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={retry}>
          {t('state.retry')}
        </button>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
