import type { QueryClient } from '@tanstack/react-query';
import { horizonOf } from './planning/horizon';
import { chooseRound } from './report/choose-round';
import type { AuditSearch, PlanningSearch } from './search';
import type { trpc as Trpc } from './trpc';

/**
 * What the pages that work out their own query inputs ask for first, worked out the same way here so
 * each route's loader can ask while the page's chunk loads. This small chunk loads beside the page's;
 * the client comes from the caller, so the first route's chunks stay as they are. Never awaited: a slow
 * answer must not hold the page back (it shows its own loading), and a refused one is the page's to
 * explain.
 */
export type RouteData = ReturnType<typeof routeData>;

export function routeData(queryClient: QueryClient, trpc: typeof Trpc) {
  const prefetchScenarios = (search: Pick<PlanningSearch, 'fran' | 'till'>) =>
    void queryClient.prefetchQuery(
      trpc.planning.scenarios.queryOptions({ horizon: horizonOf(search) }),
    );
  return {
    /** The audit log's first page, with the link's filters (as audit/query.ts asks for it). */
    auditLog(search: AuditSearch) {
      void queryClient.prefetchInfiniteQuery(
        trpc.audit.list.infiniteQueryOptions(
          { action: search.handelse, outcome: search.utfall, actor: search.vem },
          { getNextPageParam: (last) => last.nextCursor ?? undefined },
        ),
      );
    },
    /**
     * The rounds, then the form of the round the reporter's page will show (see chooseRound): the
     * self-report (also the spreadsheet page's) or the capacity report.
     */
    reporterForm(omgang: string | undefined, form: 'report' | 'capacity') {
      void queryClient
        .fetchQuery(trpc.rounds.list.queryOptions())
        .then((rounds) => {
          const round = chooseRound(rounds, omgang);
          if (!round) return;
          void (form === 'report'
            ? queryClient.prefetchQuery(trpc.report.form.queryOptions({ round }))
            : queryClient.prefetchQuery(trpc.capacity.form.queryOptions({ round })));
        })
        .catch(() => undefined);
    },
    /** The scenarios over the link's horizon, as the planning pages ask for them. */
    scenarios: prefetchScenarios,
    /** The capacity balance over the link's horizon for its scenario, beside the scenarios. */
    capacityBalance(search: PlanningSearch) {
      prefetchScenarios(search);
      void queryClient.prefetchQuery(
        trpc.planning.capacityBalance.queryOptions({
          horizon: horizonOf(search),
          scenario: search.scenario ?? null,
        }),
      );
    },
    /** One edition of the plan, when the link names a year. */
    planEdition(param: string) {
      const year = editionYearOf(param);
      if (Number.isInteger(year)) {
        void queryClient.prefetchQuery(trpc.plan.edition.queryOptions({ year }));
      }
    },
  };
}

/** The year a plan link names: only four digits make one (Number('') and Number('2e3') would pass). */
export function editionYearOf(param: string): number {
  return /^\d{4}$/.test(param) ? Number(param) : NaN;
}
