// Placeholder until the results grid lands.
import { useConsole } from '../../app/ServicesContext';
import { selectShownResult } from '../../state/selectors';

export function ResultsPanel() {
  const shown = useConsole(selectShownResult);
  if (!shown) return null;
  return (
    <ul>
      {shown.summary.tables.map((table) => (
        <li key={table.name}>
          {table.name}: {table.rowCount} rows
        </li>
      ))}
    </ul>
  );
}
