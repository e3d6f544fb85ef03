import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { Layout } from './components/layout';
import { AccessibilityPage } from './routes/accessibility';
import { CapabilityPage } from './routes/capability';
import { NotFoundPage } from './routes/not-found';
import { OverviewPage } from './routes/overview';
import { UnitPage } from './routes/unit';
import { overviewSearchSchema, roundSearchSchema } from './search';

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

const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tillganglighet',
  component: AccessibilityPage,
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  capabilityRoute,
  unitRoute,
  accessibilityRoute,
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
