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
}: {
  caption: string;
  columns: { field: string; mine: string; saved: string };
  rows: readonly ConflictRow[];
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
        {rows.map((row) => (
          <tr key={row.label} data-differs={row.mine !== row.saved || undefined}>
            <th scope="row">{row.label}</th>
            <td>{row.mine}</td>
            <td>{row.saved}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
