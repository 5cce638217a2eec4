// The engine's internal table: columnar, with columns produced on first use. Filtering and slicing only record
// which rows survive; a column is gathered when an operator actually reads it, so columns a query drops later
// (a `project` after a `where`) are never copied.
import type { Cell, ColumnSchema, ResultTable, Table } from '../api.ts';

export type ColumnSource = () => Cell[];

export class Relation {
  private readonly cache: (Cell[] | undefined)[];

  constructor(
    readonly columns: readonly ColumnSchema[],
    readonly rowCount: number,
    private readonly sources: readonly ColumnSource[],
  ) {
    this.cache = new Array<Cell[] | undefined>(sources.length);
  }

  static fromTable(table: Table): Relation {
    return Relation.fromData(table.columns, table.data, table.rowCount);
  }

  static fromData(columns: readonly ColumnSchema[], data: readonly Cell[][], rowCount: number): Relation {
    return new Relation(
      columns,
      rowCount,
      columns.map((_, index) => () => data[index] ?? []),
    );
  }

  column(index: number): Cell[] {
    let cells = this.cache[index];
    if (cells === undefined) {
      const source = this.sources[index];
      if (source === undefined) throw new RangeError(`No column ${index}`);
      cells = source();
      this.cache[index] = cells;
    }
    return cells;
  }

  indexOf(name: string): number {
    return this.columns.findIndex((column) => column.name === name);
  }

  /** A lazily evaluated column of this relation, for building derived relations. */
  source(index: number): ColumnSource {
    return () => this.column(index);
  }

  /** The rows at the given positions, in that order. */
  selectRows(rows: Int32Array): Relation {
    return new Relation(
      this.columns,
      rows.length,
      this.columns.map((_, index) => () => gather(this.column(index), rows)),
    );
  }

  /** Rows [start, end). */
  slice(start: number, end: number): Relation {
    const from = Math.max(0, Math.min(start, this.rowCount));
    const to = Math.max(from, Math.min(end, this.rowCount));
    if (from === 0 && to === this.rowCount) return this;
    return new Relation(
      this.columns,
      to - from,
      this.columns.map((_, index) => () => this.column(index).slice(from, to)),
    );
  }

  toTable(): Table {
    return {
      columns: this.columns.map((column) => ({ ...column })),
      data: this.columns.map((_, index) => this.column(index)),
      rowCount: this.rowCount,
    };
  }

  toResultTable(name: string): ResultTable {
    return { name, ...this.toTable() };
  }
}

export function gather(cells: readonly Cell[], rows: Int32Array): Cell[] {
  const out = new Array<Cell>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = cells[rows[i]!] ?? null;
  return out;
}
