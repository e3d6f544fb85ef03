import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { Layout } from './components/layout';
import { AccessibilityPage } from './routes/accessibility';
import { AuditPage } from './routes/audit';
import { CapabilityPage } from './routes/capability';
import { NotFoundPage } from './routes/not-found';
import { OverviewPage } from './routes/overview';
import { SignInPage } from './routes/sign-in';
import { UnitPage } from './routes/unit';
import {
  aiSearchSchema,
  auditSearchSchema,
  benefitsSearchSchema,
  factorsSearchSchema,
  needsSearchSchema,
  overviewSearchSchema,
  planningSearchSchema,
  reviewSearchSchema,
  roundSearchSchema,
  roundsSearchSchema,
  signInSearchSchema,
  usersSearchSchema,
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

// ITD only, like the audit log; lazy so the forms and react-aria's dialogs stay out of the first chunk.
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/anvandare',
  validateSearch: usersSearchSchema,
  component: lazyRouteComponent(() => import('./routes/users'), 'UsersPage'),
});

// Reporters only (the page tells anyone else); lazy so the form stays out of the first chunk.
const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rapportera',
  validateSearch: roundSearchSchema,
  component: lazyRouteComponent(() => import('./routes/report'), 'ReportPage'),
});

// Reporters only, like the report it belongs to; a sibling of /rapportera (not a child) because
// the report page has no outlet. Lazy so the capacity form stays out of the first chunk.
const capacityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rapportera/kapacitet',
  validateSearch: roundSearchSchema,
  component: lazyRouteComponent(() => import('./routes/capacity'), 'CapacityPage'),
});

// Reporters only, a sibling of /rapportera like the capacity page; lazy so the upload and its
// tables stay out of the first chunk.
const spreadsheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rapportera/excel',
  validateSearch: roundSearchSchema,
  component: lazyRouteComponent(() => import('./routes/spreadsheet'), 'SpreadsheetPage'),
});

// ITD only; lazy so the rounds and review forms stay out of the first chunk.
const roundsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/omgangar',
  validateSearch: roundsSearchSchema,
  component: lazyRouteComponent(() => import('./routes/rounds'), 'RoundsPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/granska/$round/$unit',
  validateSearch: reviewSearchSchema,
  component: lazyRouteComponent(() => import('./routes/review'), 'ReviewPage'),
});

// ITD only; lazy so the upload and preview stay out of the first chunk.
const frameworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ramverk',
  component: lazyRouteComponent(() => import('./routes/framework'), 'FrameworkPage'),
});

// Q2 for everyone to read; ITD edits needs and scenarios. Lazy: the charts and forms are large.
const planningRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering',
  validateSearch: planningSearchSchema,
  component: lazyRouteComponent(() => import('./routes/planning'), 'PlanningPage'),
});

const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering/tidslinje',
  validateSearch: planningSearchSchema,
  component: lazyRouteComponent(() => import('./routes/timeline'), 'TimelinePage'),
});

const capacityBalanceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering/kapacitet',
  validateSearch: planningSearchSchema,
  component: lazyRouteComponent(() => import('./routes/capacity-balance'), 'CapacityBalancePage'),
});

const needsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering/behov',
  validateSearch: needsSearchSchema,
  component: lazyRouteComponent(() => import('./routes/needs'), 'NeedsPage'),
});

const scenarioEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering/scenario/$code',
  component: lazyRouteComponent(() => import('./routes/scenario-edit'), 'ScenarioEditPage'),
});

// Q3–Q5 for everyone to read; lazy: the registers, charts and forms are large.
const aiRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ai',
  validateSearch: aiSearchSchema,
  component: lazyRouteComponent(() => import('./routes/ai'), 'AiPage'),
});

const benefitsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/nyttor',
  validateSearch: benefitsSearchSchema,
  component: lazyRouteComponent(() => import('./routes/benefits'), 'BenefitsPage'),
});

const factorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/faktorer',
  validateSearch: factorsSearchSchema,
  component: lazyRouteComponent(() => import('./routes/factors'), 'FactorsPage'),
});

// The yearly plan: everyone reads, ITD creates, comments and publishes. Lazy: charts, forms and dialogs.
const planRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plan',
  component: lazyRouteComponent(() => import('./routes/plan'), 'PlanPage'),
});

const planEditionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plan/$year',
  component: lazyRouteComponent(() => import('./routes/plan-edition'), 'PlanEditionPage'),
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
  usersRoute,
  reportRoute,
  capacityRoute,
  spreadsheetRoute,
  roundsRoute,
  reviewRoute,
  frameworkRoute,
  planningRoute,
  timelineRoute,
  capacityBalanceRoute,
  needsRoute,
  scenarioEditRoute,
  aiRoute,
  benefitsRoute,
  factorsRoute,
  planRoute,
  planEditionRoute,
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
