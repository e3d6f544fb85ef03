import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { countChanges } from './framework-file';
import type { FrameworkPlan } from './types';

/** The preview: what the import would add, rename, merge, retire and rewrite, as tables. */
export function PlanTables({ plan }: { plan: FrameworkPlan }) {
  const { t } = useTranslation();
  const counts = countChanges(plan);
  return (
    <>
      <ul className="framework-counts">
        {(Object.keys(counts) as (keyof typeof counts)[]).map((kind) => (
          <li key={kind}>
            {t(`framework.preview.count.${kind}`)}: <strong>{counts[kind]}</strong>
          </li>
        ))}
      </ul>
      <PlanTable
        kind="added"
        columns={['code', 'name', 'area']}
        rows={plan.added.map((a) => [<code key="c">{a.code}</code>, a.name, a.areaCode])}
      />
      <PlanTable
        kind="renamed"
        columns={['from', 'to', 'nameBefore', 'nameAfter']}
        rows={plan.renamed.map((r) => [
          <code key="f">{r.from}</code>,
          <code key="t">{r.to}</code>,
          r.nameBefore,
          r.nameAfter,
        ])}
      />
      <PlanTable
        kind="merged"
        columns={['into', 'codes']}
        rows={plan.merged.map((m) => [
          <>
            <code>{m.into}</code> {m.name}
          </>,
          m.codes.join(', '),
        ])}
      />
      <PlanTable
        kind="retired"
        columns={['code', 'name', 'successor']}
        rows={plan.retired.map((r) => [
          <code key="c">{r.code}</code>,
          r.name,
          r.successor ?? t('framework.table.noSuccessor'),
        ])}
      />
      <PlanTable
        kind="changedText"
        columns={['code', 'name', 'fields']}
        rows={plan.changedText.map((c) => [
          <code key="c">{c.code}</code>,
          c.name,
          c.fields.map((f) => t(`framework.table.field.${f}`)).join(', '),
        ])}
      />
    </>
  );
}

type Kind = 'added' | 'renamed' | 'merged' | 'retired' | 'changedText';

function PlanTable({
  kind,
  columns,
  rows,
}: {
  kind: Kind;
  columns: string[];
  rows: ReactNode[][];
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <>
      <h4>{t(`framework.table.${kind}.heading`)}</h4>
      <ScrollTable label={t(`framework.table.${kind}.heading`)}>
        <table className="data-table">
          <caption className="visually-hidden">{t(`framework.table.${kind}.heading`)}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(`framework.table.col.${c}` as never)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, i) => (
              <tr key={i}>
                {cells.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
