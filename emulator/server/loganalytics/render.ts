// The response's `render` object (Prefer: include-render=true), built from the query's render operator.
import type { RenderSpec } from '../../engine/api.ts';

/** The recorded field order, with each field's render-operator property name (lowercase). */
const FIELDS: readonly [field: string, property: string][] = [
  ['title', 'title'],
  ['accumulate', 'accumulate'],
  ['isQuerySorted', 'isquerysorted'],
  ['kind', 'kind'],
  ['legend', 'legend'],
  ['series', 'series'],
  ['yMin', 'ymin'],
  ['yMax', 'ymax'],
  ['xAxis', 'xaxis'],
  ['xColumn', 'xcolumn'],
  ['xTitle', 'xtitle'],
  ['yAxis', 'yaxis'],
  ['yColumns', 'ycolumns'],
  ['ySplit', 'ysplit'],
  ['yTitle', 'ytitle'],
  ['anomalyColumns', 'anomalycolumns'],
];

const BOOLEAN_FIELDS = new Set(['accumulate', 'isQuerySorted']);
const BOUND_FIELDS = new Set(['yMin', 'yMax']);

export function renderObject(spec: RenderSpec): Record<string, unknown> {
  const properties = new Map(Object.entries(spec.properties).map(([name, value]) => [name.toLowerCase(), value]));
  const render: Record<string, unknown> = { visualization: spec.visualization };
  for (const [field, property] of FIELDS) {
    const value = properties.get(property);
    if (BOOLEAN_FIELDS.has(field)) {
      render[field] = value === true || value === 'true';
    } else if (BOUND_FIELDS.has(field)) {
      // Unset bounds are the string "NaN" in the recording; set ones are numbers.
      const bound = typeof value === 'string' ? Number(value) : NaN;
      render[field] = Number.isFinite(bound) ? bound : 'NaN';
    } else if (Array.isArray(value)) {
      // Column lists travel as one comma-separated string, as in Kusto's visualization properties (UNCERTAIN).
      render[field] = value.join(',');
    } else {
      render[field] = value === undefined || value === '' ? null : value;
    }
  }
  return render;
}
