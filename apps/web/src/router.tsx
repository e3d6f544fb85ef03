import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { Layout } from './components/layout';
import { Loading } from './components/states';
import { loadTexts } from './i18n';
import type { CataloguePart } from './i18n/load-catalogue';
import { NotFoundPage } from './routes/not-found';
import type { RouteData } from './route-data';
import { queryClient, trpc } from './trpc';
import {
  aiSearchSchema,
  BASIS_PARAMS,
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

/**
 * A page in a chunk of its own that shows once its texts are in: the Swedish of every page but the
 * overview (the `pages` part) and, for Q3–Q5 and the plan, a part of their own.
 */
function page<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
  ...own: CataloguePart[]
) {
  return lazyRouteComponent(
    () => Promise.all([load(), loadTexts('pages', ...own)]).then(([module]) => module),
    name,
  );
}

/** Where the pages that work out their own query inputs have their loaders: off the first route. */
const askRouteData = (ask: (data: RouteData) => void) =>
  void import('./route-data').then((m) => ask(m.routeData(queryClient, trpc)));

// Each page's loader asks for its data while the page's chunk loads, so `useQuery` in the page finds
// it on the way; not awaited, so a slow answer never holds the page back (it shows its own loading).
//
// Every page is its own chunk, the start page too: the first route loads only the shell (layout,
// route tree, search validation, the small not-found page) and the overview. budget/ holds the
// size limit that `pnpm test` checks.
const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearchSchema,
  component: lazyRouteComponent(() => import('./routes/overview'), 'OverviewPage'),
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) =>
    void queryClient.prefetchQuery(
      trpc.maturity.overview.queryOptions({
        round: deps.omgang,
        basis: deps.grund ? BASIS_PARAMS[deps.grund] : undefined,
      }),
    ),
});

const capabilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/formaga/$code',
  validateSearch: roundSearchSchema,
  component: page(() => import('./routes/capability'), 'CapabilityPage'),
  loaderDeps: ({ search }) => search,
  loader: ({ params, deps }) =>
    void queryClient.prefetchQuery(
      trpc.maturity.capability.queryOptions({ code: params.code, round: deps.omgang }),
    ),
});

const unitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/enhet/$slug',
  validateSearch: roundSearchSchema,
  component: page(() => import('./routes/unit'), 'UnitPage'),
  loaderDeps: ({ search }) => search,
  loader: ({ params, deps }) =>
    void queryClient.prefetchQuery(
      trpc.maturity.unit.queryOptions({ slug: params.slug, round: deps.omgang }),
    ),
});

// Signed in like the other pages; the page itself tells non-ITD users they may not see it.
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/granskningslogg',
  validateSearch: auditSearchSchema,
  component: page(() => import('./routes/audit'), 'AuditPage'),
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => askRouteData((d) => d.auditLog(deps)),
});

// ITD only, like the audit log.
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/anvandare',
  validateSearch: usersSearchSchema,
  component: page(() => import('./routes/users'), 'UsersPage'),
  loader: () => void queryClient.prefetchQuery(trpc.users.list.queryOptions()),
});

// Reporters only (the page tells anyone else).
const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rapportera',
  validateSearch: roundSearchSchema,
  component: page(() => import('./routes/report'), 'ReportPage'),
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => askRouteData((d) => d.reporterForm(deps.omgang, 'report')),
});

// Reporters only, like the report it belongs to; a sibling of /rapportera (not a child) because
// the report page has no outlet.
const capacityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rapportera/kapacitet',
  validateSearch: roundSearchSchema,
  component: page(() => import('./routes/capacity'), 'CapacityPage'),
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => askRouteData((d) => d.reporterForm(deps.omgang, 'capacity')),
});

// Reporters only, a sibling of /rapportera like the capacity page.
const spreadsheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rapportera/excel',
  validateSearch: roundSearchSchema,
  component: page(() => import('./routes/spreadsheet'), 'SpreadsheetPage'),
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => askRouteData((d) => d.reporterForm(deps.omgang, 'report')),
});

// ITD only.
const roundsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/omgangar',
  validateSearch: roundsSearchSchema,
  component: page(() => import('./routes/rounds'), 'RoundsPage'),
  loader: () => void queryClient.prefetchQuery(trpc.rounds.list.queryOptions()),
});

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/granska/$round/$unit',
  validateSearch: reviewSearchSchema,
  component: page(() => import('./routes/review'), 'ReviewPage'),
  loader: ({ params }) =>
    void queryClient.prefetchQuery(
      trpc.review.form.queryOptions({ round: params.round, unit: params.unit }),
    ),
});

// ITD only.
const frameworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ramverk',
  component: page(() => import('./routes/framework'), 'FrameworkPage'),
  loader: () => void queryClient.prefetchQuery(trpc.framework.current.queryOptions()),
});

// Q2 for everyone to read; ITD edits needs and scenarios.
const planningRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering',
  validateSearch: planningSearchSchema,
  component: page(() => import('./routes/planning'), 'PlanningPage'),
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => askRouteData((d) => d.scenarios(deps)),
});

const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering/tidslinje',
  validateSearch: planningSearchSchema,
  component: page(() => import('./routes/timeline'), 'TimelinePage'),
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => {
    askRouteData((d) => d.scenarios(deps));
    void queryClient.prefetchQuery(trpc.planning.needs.queryOptions());
  },
});

const capacityBalanceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering/kapacitet',
  validateSearch: planningSearchSchema,
  component: page(() => import('./routes/capacity-balance'), 'CapacityBalancePage'),
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => askRouteData((d) => d.capacityBalance(deps)),
});

const needsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering/behov',
  validateSearch: needsSearchSchema,
  component: page(() => import('./routes/needs'), 'NeedsPage'),
  loader: () => void queryClient.prefetchQuery(trpc.planning.needs.queryOptions()),
});

const scenarioEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planering/scenario/$code',
  component: page(() => import('./routes/scenario-edit'), 'ScenarioEditPage'),
  loader: () => {
    askRouteData((d) => d.scenarios({}));
    void queryClient.prefetchQuery(trpc.planning.needs.queryOptions());
  },
});

// Q3–Q5 for everyone to read.
const aiRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ai',
  validateSearch: aiSearchSchema,
  component: page(() => import('./routes/ai'), 'AiPage', 'ai'),
  loader: () => {
    void queryClient.prefetchQuery(trpc.ai.register.queryOptions());
    void queryClient.prefetchQuery(trpc.ai.competence.queryOptions());
  },
});

const benefitsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/nyttor',
  validateSearch: benefitsSearchSchema,
  component: page(() => import('./routes/benefits'), 'BenefitsPage', 'benefits'),
  loader: () => void queryClient.prefetchQuery(trpc.benefits.register.queryOptions()),
});

const factorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/faktorer',
  validateSearch: factorsSearchSchema,
  component: page(() => import('./routes/factors'), 'FactorsPage', 'factors'),
  loader: () => void queryClient.prefetchQuery(trpc.factors.register.queryOptions()),
});

// The yearly plan: everyone reads, ITD creates, comments and publishes.
const planRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plan',
  component: page(() => import('./routes/plan'), 'PlanPage', 'plan'),
  loader: () => {
    void queryClient.prefetchQuery(trpc.plan.editions.queryOptions());
    void queryClient.prefetchQuery(trpc.calendar.day.queryOptions());
  },
});

const planEditionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plan/$year',
  component: page(() => import('./routes/plan-edition'), 'PlanEditionPage', 'plan'),
  loader: ({ params }) => askRouteData((d) => d.planEdition(params.year)),
});

const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tillganglighet',
  component: page(() => import('./routes/accessibility'), 'AccessibilityPage'),
});

const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/konto/losenord',
  component: page(() => import('./routes/change-password'), 'ChangePasswordPage'),
});

const secondFactorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/konto/tvastegsverifiering',
  component: page(() => import('./routes/second-factor'), 'SecondFactorPage'),
});

// Public, like the accessibility statement; every other page waits for a session (see Layout).
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/logga-in',
  validateSearch: signInSearchSchema,
  component: page(() => import('./routes/sign-in'), 'SignInPage'),
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
  changePasswordRoute,
  secondFactorRoute,
  signInRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  // Shown while a page's chunk (or its data) takes longer than a moment; announced as a status.
  defaultPendingComponent: () => <Loading />,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
