import type { CellValue, QueryResultTable } from '../../domain/queryResult';

/** The preview renders plain rows; large results get the virtualized grid. */
export const PREVIEW_ROW_LIMIT = 100;

export function rowCountLabel(table: QueryResultTable): string {
  const count = table.rows.length;
  return `${table.name}: ${count} ${count === 1 ? 'row' : 'rows'}`;
}

// Log data is attacker-controlled: it is only ever rendered as text nodes (DESIGN §6).
function cellText(value: CellValue): string {
  return value === null ? '' : String(value);
}

export function ResultTablePreview({ table }: { table: QueryResultTable }) {
  const shownRows = table.rows.slice(0, PREVIEW_ROW_LIMIT);
  return (
    <figure className="result-table">
      <figcaption>
        {rowCountLabel(table)}
        {shownRows.length < table.rows.length && ` (showing the first ${shownRows.length})`}
      </figcaption>
      {table.columns.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {table.columns.map((column, columnIndex) => (
                  <th key={columnIndex} scope="col" title={column.type}>
                    {column.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shownRows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {table.columns.map((_column, columnIndex) => (
                    <td key={columnIndex}>{cellText(row[columnIndex] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
