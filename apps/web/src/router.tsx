import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { Layout } from './components/layout';
import { AccessibilityPage } from './routes/accessibility';
import { AuditPage } from './routes/audit';
import { CapabilityPage } from './routes/capability';
import { NotFoundPage } from './routes/not-found';
import { OverviewPage } from './routes/overview';
import { SignInPage } from './routes/sign-in';
import { UnitPage } from './routes/unit';
import {
  auditSearchSchema,
  overviewSearchSchema,
  roundSearchSchema,
  signInSearchSchema,
} from './search';

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearchSchema,
  component: OverviewPage,
});

const capabilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/formaga/$code',
  validateSearch: roundSearchSchema,
  component: CapabilityPage,
});

const unitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/enhet/$slug',
  validateSearch: roundSearchSchema,
  component: UnitPage,
});

// Signed in like the other pages; the page itself tells non-ITD users they may not see it.
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/granskningslogg',
  validateSearch: auditSearchSchema,
  component: AuditPage,
});

const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tillganglighet',
  component: AccessibilityPage,
});

// Public, like the accessibility statement; every other page waits for a session (see Layout).
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/logga-in',
  validateSearch: signInSearchSchema,
  component: SignInPage,
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  capabilityRoute,
  unitRoute,
  auditRoute,
  accessibilityRoute,
  signInRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
