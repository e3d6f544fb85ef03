import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { Loading } from '../components/states';
import { QueryState } from '../components/query-state';
import { EconomicsSection } from '../planning/economics-section';
import { horizonOf } from '../planning/horizon';
import { HorizonFilter } from '../planning/horizon-filter';
import { MaturitySection } from '../planning/maturity-section';
import { PlanningNav } from '../planning/planning-nav';
import { ScenarioFigures } from '../planning/scenario-figures';
import { StaffingSection } from '../planning/staffing-section';
import { TradeOffsSection } from '../planning/trade-offs-section';
import { trpc } from '../trpc';
import '../styles/planning.css';

const route = getRouteApi('/planering');

/** Q2 for the board: the scenarios side by side, what they cost, bring, need and leave out. */
export function PlanningPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const asked = horizonOf(search);
  const user = useSessionUser().data;
  const query = useQuery({
    ...trpc.planning.scenarios.queryOptions({ horizon: asked }),
    placeholderData: keepPreviousData,
  });
  const ids = {
    figures: useId(),
    economics: useId(),
    maturity: useId(),
    staffing: useId(),
    tradeOffs: useId(),
  };
  usePageTitle(t('planning.title'));

  if (!query.isSuccess) return <QueryState query={query} title={t('planning.heading')} />;
  const data = query.data;
  const horizon = data.horizon;
  const updating = query.isPlaceholderData;
  return (
    <div className="page">
      <h1>{t('planning.heading')}</h1>
      <PlanningNav />
      <p className="page-intro">{t('planning.intro')}</p>
      <HorizonFilter
        horizon={horizon}
        asOf={data.asOf}
        onChange={(change) =>
          void navigate({
            search: (prev) => ({ ...prev, ...change }),
            replace: true,
            resetScroll: false,
          })
        }
      />
      <p>
        <a href={`/export/planering.xlsx?fran=${horizon.from}&till=${horizon.to}`} download>
          {t('planning.download')}
        </a>
      </p>
      {updating && <Loading label={t('state.updating')} />}
      <div className="page-sections" aria-busy={updating}>
        <ScenarioFigures data={data} canEdit={user?.role === 'itd'} headingId={ids.figures} />
        <EconomicsSection data={data} headingId={ids.economics} />
        <MaturitySection data={data} headingId={ids.maturity} />
        <StaffingSection data={data} headingId={ids.staffing} />
        <TradeOffsSection data={data} headingId={ids.tradeOffs} />
      </div>
    </div>
  );
}
