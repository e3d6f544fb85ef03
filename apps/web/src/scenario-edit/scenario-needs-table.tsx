import { useTranslation } from 'react-i18next';
import { CellInput, CellSelect } from '../components/cell-field';
import { ScrollTable } from '../components/scroll-table';
import { formatTkr } from '../format-money';
import { sumOneOff } from '../needs/register';
import type { NeedData } from '../needs/types';
import {
  requiresReason,
  scenarioFieldId,
  START_YEARS,
  type DraftRow,
  type ScenarioDraft,
  type ScenarioFieldErrors,
} from './scenario-draft';
import type { ScenarioData } from './types';

interface ScenarioNeedsTableProps {
  draft: ScenarioDraft;
  needs: readonly NeedData[];
  errors: ScenarioFieldErrors;
  /** The scenario as saved: taking one of its needs out needs a reason. */
  saved: ScenarioData | null;
  onChange: (code: string, patch: Partial<DraftRow>) => void;
}

/** Every need still in play: in or out of the scenario, its start year, and why it is left out. */
export function ScenarioNeedsTable({
  draft,
  needs,
  errors,
  saved,
  onChange,
}: ScenarioNeedsTableProps) {
  const { t } = useTranslation();
  const byCode = new Map(needs.map((n) => [n.code, n]));
  const message = (key: keyof ScenarioFieldErrors) => {
    const error = errors[key];
    return error && t(`scenarioEdit.errors.${error}`);
  };
  return (
    <ScrollTable label={t('scenarioEdit.table.scrollLabel')}>
      <table className="data-table scenario-needs">
        <caption>{t('scenarioEdit.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scenarioEdit.table.need')}</th>
            <th scope="col">{t('scenarioEdit.table.status')}</th>
            <th scope="col" className="num">
              {t('scenarioEdit.table.oneOff')}
            </th>
            <th scope="col">{t('scenarioEdit.table.included')}</th>
            <th scope="col">{t('scenarioEdit.table.startYear')}</th>
            <th scope="col">{t('scenarioEdit.table.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(draft.rows).map(([code, row]) => {
            const need = byCode.get(code);
            if (!need) return null;
            const years = START_YEARS.map(String);
            if (!years.includes(row.startYear)) years.unshift(row.startYear);
            const reasonNeeded = requiresReason(need, saved);
            return (
              <tr key={code} data-included={row.included || undefined}>
                <th scope="row">
                  {need.title}
                  <span className="need-code">
                    {t('scenarioEdit.table.planned', {
                      year: need.plannedStart,
                      count: need.durationYears,
                    })}
                  </span>
                </th>
                <td>{t(`needs.status.${need.status}`)}</td>
                <td className="num">{formatTkr(sumOneOff(need))}</td>
                <td>
                  <input
                    type="checkbox"
                    id={`scenario-included-${code}`}
                    aria-label={t('scenarioEdit.table.includedLabel', { need: need.title })}
                    checked={row.included}
                    onChange={(e) => onChange(code, { included: e.target.checked })}
                  />
                </td>
                <td>
                  {row.included ? (
                    <CellSelect
                      id={scenarioFieldId(`start.${code}`)}
                      label={t('scenarioEdit.table.startYearLabel', { need: need.title })}
                      error={message(`start.${code}`)}
                      value={row.startYear}
                      options={years.map((y) => ({ value: y, label: y }))}
                      onChange={(e) => onChange(code, { startYear: e.target.value })}
                    />
                  ) : (
                    <span className="visually-hidden">{t('scenarioEdit.table.notIncluded')}</span>
                  )}
                </td>
                <td>
                  {!row.included && (
                    <CellInput
                      id={scenarioFieldId(`reason.${code}`)}
                      label={t(
                        reasonNeeded
                          ? 'scenarioEdit.table.reasonLabelRequired'
                          : 'scenarioEdit.table.reasonLabel',
                        { need: need.title },
                      )}
                      required={reasonNeeded}
                      maxLength={1100}
                      autoComplete="off"
                      error={message(`reason.${code}`)}
                      value={row.reason}
                      onChange={(e) => onChange(code, { reason: e.target.value })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
