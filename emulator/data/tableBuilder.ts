// Fills a columnar table in place: one preallocated array per column, written by column name.
import type { Cell, ColumnSchema, KustoType, Table } from '../engine/api.ts';

/** A column schema whose name is a literal type, so generators can only write columns the table declares. */
export interface NamedColumn<Name extends string> {
  readonly name: Name;
  readonly type: KustoType;
}

export type ColumnArrays<Name extends string> = Record<Name, Cell[]>;

/** A string cell is never null (an empty string stands for "no value"); every other type starts as null. */
function emptyCell(type: KustoType): Cell {
  return type === 'string' ? '' : null;
}

export class TableBuilder<Name extends string> {
  readonly columns: ColumnArrays<Name>;
  private readonly order: Cell[][];

  constructor(
    private readonly schema: readonly NamedColumn<Name>[],
    readonly rowCount: number,
  ) {
    this.columns = {} as ColumnArrays<Name>;
    this.order = schema.map((column) => {
      const cells = new Array<Cell>(rowCount).fill(emptyCell(column.type));
      this.columns[column.name] = cells;
      return cells;
    });
  }

  toTable(): Table {
    const columns: ColumnSchema[] = this.schema.map(({ name, type }) => ({ name, type }));
    return { columns, data: this.order, rowCount: this.rowCount };
  }
}

/** Every Log Analytics table carries the workspace id in TenantId and its own name in Type. */
export function stampStandardColumns(table: { columns: Record<'TenantId' | 'Type', Cell[]> }, tableName: string, workspaceId: string): void {
  table.columns.TenantId.fill(workspaceId);
  table.columns.Type.fill(tableName);
}
