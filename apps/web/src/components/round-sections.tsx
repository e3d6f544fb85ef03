import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, RoundSelect } from './filters';
import { Loading } from './states';

/**
 * A page that shows one round: the round filter, a note while another round loads, and the page's
 * sections, marked busy until it has.
 */
export function RoundSections({
  rounds,
  selected,
  onSelect,
  updating,
  children,
}: {
  rounds: readonly { code: string }[];
  selected: string;
  /** Undefined for the latest round, so links stay current. */
  onSelect: (round: string | undefined) => void;
  updating: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FilterBar>
        <RoundSelect rounds={rounds} selected={selected} onChange={onSelect} />
      </FilterBar>
      {updating && <Loading label={t('state.updating')} />}
      <div className="page-sections" aria-busy={updating}>
        {children}
      </div>
    </>
  );
}
