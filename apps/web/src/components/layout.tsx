import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isPublicPath, useSessionUser } from '../auth/session';
import { formatDate } from '../format';
import { trpc } from '../trpc';
import { LanguageSwitch } from './language-switch';
import { SignedInOnly } from './signed-in-only';
import { StorageBanner } from './storage-banner';
import { UserMenu } from './user-menu';

/** Every page: skip link, header with the organisation and user, demo banner, main and footer. */
export function Layout() {
  const { t } = useTranslation();
  const user = useSessionUser().data ?? null;
  // Every view carries the organisation; the latest overview is cached and shared with the start page.
  // It needs a session, so nobody asks for it before signing in.
  const context = useQuery({ ...trpc.maturity.overview.queryOptions({}), enabled: user !== null });
  const organisation = context.data?.organisation;
  const unitName = context.data?.units.find((u) => u.slug === user?.unitSlug)?.name;
  const pathname = useLocation({ select: (l) => l.pathname });
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(mainRef);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{t('app.name')}</span>
            {organisation && <span className="brand-org">{organisation.name}</span>}
          </Link>
          {user && !user.mustChangePassword && !user.mustEnrolSecondFactor && (
            <nav aria-label={t('app.navLabel')} className="site-nav">
              <ul>
                <li>
                  <Link to="/" activeOptions={{ exact: true, includeSearch: false }}>
                    {t('nav.overview')}
                  </Link>
                </li>
                <li>
                  <Link to="/planering" activeOptions={{ includeSearch: false }}>
                    {t('nav.planning')}
                  </Link>
                </li>
                <li>
                  <Link to="/ai">{t('nav.ai')}</Link>
                </li>
                <li>
                  <Link to="/nyttor">{t('nav.benefits')}</Link>
                </li>
                <li>
                  <Link to="/faktorer">{t('nav.factors')}</Link>
                </li>
                <li>
                  <Link to="/plan">{t('nav.plan')}</Link>
                </li>
                {user.role === 'itd' && (
                  <li>
                    <Link to="/omgangar" activeOptions={{ includeSearch: false }}>
                      {t('nav.rounds')}
                    </Link>
                  </li>
                )}
                {user.role === 'reporter' && (
                  <li>
                    <Link to="/rapportera" activeOptions={{ includeSearch: false }}>
                      {t('nav.report')}
                    </Link>
                  </li>
                )}
                {user.role === 'reporter' && user.unitSlug && (
                  <li>
                    <Link
                      to="/enhet/$slug"
                      params={{ slug: user.unitSlug }}
                      activeOptions={{ includeSearch: false }}
                    >
                      {t('nav.myUnit')}
                    </Link>
                  </li>
                )}
                {user.role === 'itd' && (
                  <li>
                    <Link to="/ramverk">{t('nav.framework')}</Link>
                  </li>
                )}
                {user.role === 'itd' && (
                  <li>
                    <Link to="/granskningslogg" activeOptions={{ includeSearch: false }}>
                      {t('nav.audit')}
                    </Link>
                  </li>
                )}
                {user.role === 'itd' && (
                  <li>
                    <Link to="/anvandare" activeOptions={{ includeSearch: false }}>
                      {t('nav.users')}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
          {user && <UserMenu user={user} unitName={unitName} />}
          <LanguageSwitch />
        </div>
      </header>
      {organisation?.isDemo && (
        <div className="demo-banner" role="note">
          <div className="demo-banner-inner">
            <strong className="demo-tag">{t('app.demoLabel')}</strong> {t('app.demo')}
            {organisation.asOfDate && (
              <> {t('app.demoAsOf', { date: formatDate(organisation.asOfDate) })}</>
            )}
          </div>
        </div>
      )}
      <StorageBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {isPublicPath(pathname) ? (
          <Outlet />
        ) : (
          <SignedInOnly>
            <Outlet />
          </SignedInOnly>
        )}
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <p>{t('app.footerText')}</p>
          <nav aria-label={t('app.footerLabel')}>
            <Link to="/tillganglighet">{t('nav.accessibility')}</Link>
          </nav>
        </div>
      </footer>
    </>
  );
}

/**
 * After moving to another page (not on first load, not when only filters change), put focus at the
 * start of the new content so keyboard and screen-reader users do not start again from the top.
 */
function useFocusMainOnNavigation(mainRef: React.RefObject<HTMLElement | null>) {
  const pathname = useLocation({ select: (l) => l.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, mainRef]);
}
