export interface ConflictRow {
  label: string;
  mine: string;
  saved: string;
}

/** What the user entered beside what someone else saved first, field by field; differences marked. */
export function ConflictTable({
  caption,
  columns,
  rows,
  differsMark,
}: {
  caption: string;
  columns: { field: string; mine: string; saved: string };
  rows: readonly ConflictRow[];
  /** Said after a differing row's label, for tables too long to scan by the marking alone. */
  differsMark?: string;
}) {
  return (
    <table className="data-table conflict-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.field}</th>
          <th scope="col">{columns.mine}</th>
          <th scope="col">{columns.saved}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const differs = row.mine !== row.saved;
          return (
            <tr key={row.label} data-differs={differs || undefined}>
              <th scope="row">
                {row.label}
                {differs && differsMark && <span className="differs-mark"> {differsMark}</span>}
              </th>
              <td>{row.mine}</td>
              <td>{row.saved}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
