import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { formatList } from '../format';
import { formatTkr } from '../format-money';
import type { NeedsSearch } from '../search';
import { NeedDetails } from './need-details';
import { findNeedYears, nameUnits, sumOneOff, type NeedSort } from './register';
import type { NeedData, NeedRegisterData } from './types';

/** What a signed-in user may do with a row: ITD changes and decides; others only read. */
export interface NeedRowActions {
  onEdit: (need: NeedData) => void;
  onDecide: (need: NeedData, decision: 'accepted' | 'declined') => void;
}

interface NeedsTableProps {
  needs: readonly NeedData[];
  register: NeedRegisterData;
  search: NeedsSearch;
  onSort: (sort: NeedSort) => void;
  actions: NeedRowActions | null;
}

/** A column header that sorts: a button in the header, the order told by aria-sort. */
function SortHeader({
  sort,
  label,
  search,
  onSort,
  numeric = false,
}: {
  sort: NeedSort;
  label: string;
  numeric?: boolean;
  search: NeedsSearch;
  onSort: (sort: NeedSort) => void;
}) {
  const { t } = useTranslation();
  const active = (search.sortera ?? 'prioritet') === sort;
  const descending = active && Boolean(search.fallande);
  const order = !active ? undefined : descending ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={order} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {!active ? '↕' : descending ? '▼' : '▲'}
        </span>
        {!active && <span className="visually-hidden">{t('needs.table.sortHint')}</span>}
      </button>
    </th>
  );
}

/** The register: one row per need, its details one click away. */
export function NeedsTable({ needs, register, search, onSort, actions }: NeedsTableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const columns = actions ? 9 : 8;
  const sortProps = { search, onSort };
  const toggle = (code: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  return (
    <ScrollTable label={t('needs.table.scrollLabel')}>
      <table className="data-table needs-table">
        <caption>{t('needs.table.caption')}</caption>
        <thead>
          <tr>
            <SortHeader sort="titel" label={t('needs.table.title')} {...sortProps} />
            <th scope="col">{t('needs.table.owners')}</th>
            <SortHeader sort="status" label={t('needs.table.status')} {...sortProps} />
            <SortHeader sort="prioritet" label={t('needs.table.priority')} numeric {...sortProps} />
            <SortHeader sort="start" label={t('needs.table.years')} {...sortProps} />
            <SortHeader sort="kostnad" label={t('needs.table.oneOff')} numeric {...sortProps} />
            <th scope="col" className="num">
              {t('needs.table.operating')}
            </th>
            <th scope="col" className="num">
              {t('needs.table.risk')}
            </th>
            {actions && <th scope="col">{t('needs.table.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {needs.map((need) => {
            const years = findNeedYears(need);
            const expanded = open.has(need.code);
            const detailsId = `need-details-${need.code}`;
            return (
              <Fragment key={need.code}>
                <tr>
                  <th scope="row">
                    <span className="need-title">{need.title}</span>
                    <span className="need-code">{need.code}</span>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      onClick={() => toggle(need.code)}
                    >
                      {expanded ? t('needs.table.hideDetails') : t('needs.table.showDetails')}
                      <span className="visually-hidden"> {need.title}</span>
                    </button>
                  </th>
                  <td>{formatList(nameUnits(need.ownerUnits, register.units))}</td>
                  <td>
                    <span className={`need-status status-${need.status}`}>
                      {t(`needs.status.${need.status}`)}
                    </span>
                    {need.status === 'declined' && need.decisionReason && (
                      <span className="need-reason">
                        {t('needs.table.reason', { reason: need.decisionReason })}
                      </span>
                    )}
                  </td>
                  <td className="num">{need.priority}</td>
                  <td className="nowrap">
                    {years.start === years.completion
                      ? years.start
                      : `${years.start}–${years.completion}`}
                  </td>
                  <td className="num nowrap">{formatTkr(sumOneOff(need))}</td>
                  <td className="num nowrap">{formatTkr(need.operatingTkr)}</td>
                  <td className="num">{need.risk}</td>
                  {actions && (
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => actions.onEdit(need)}
                        >
                          {t('needs.table.edit')}
                          <span className="visually-hidden"> {need.title}</span>
                        </button>
                        {need.status === 'proposed' && (
                          <>
                            <button
                              type="button"
                              className="button-secondary"
                              onClick={() => actions.onDecide(need, 'accepted')}
                            >
                              {t('needs.table.accept')}
                              <span className="visually-hidden"> {need.title}</span>
                            </button>
                            <button
                              type="button"
                              className="button-secondary"
                              onClick={() => actions.onDecide(need, 'declined')}
                            >
                              {t('needs.table.decline')}
                              <span className="visually-hidden"> {need.title}</span>
                            </button>
                          </>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
                {expanded && (
                  <tr id={detailsId} className="need-details-row">
                    <td colSpan={columns}>
                      <NeedDetails need={need} register={register} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
