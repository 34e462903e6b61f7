// One data row of a record table, read field by field, and what is said about it (SPEC §2.3): a
// row with something missing or unreadable is not counted; a kept row may still carry problems.
import type { Day, Diagnostic } from '../rules/model';
import { TABLES, type ColumnSpec, type TableKey } from './schema';
import { textOf, type Cell, type ReadResult } from './cells';
import { dateOf, type DateContext } from './dates';
import { countOf, minutesOf, yesNoOf } from './values';

/** A table whose header was matched: its data rows are read through RowReader. */
export interface TableState {
  key: TableKey;
  name: string;
  headerRow: number;
  values: unknown[][];
  /** Matched columns in spec order. */
  cols: Array<{ col: ColumnSpec; idx: number }>;
  byField: Map<string, { col: ColumnSpec; idx: number }>;
  diags: Diagnostic[];
}

interface Note {
  column: string;
  message: string;
}

/** Reads one data row; collects missing fields, unreadable values, problems of a kept row, warnings. */
export class RowReader {
  readonly missing: string[] = [];
  /** The row is not counted. */
  readonly errors: Note[] = [];
  /** Errors that leave the row counted (a roster row with a duplicate 学号 stays on the roster). */
  readonly keptErrors: Note[] = [];
  readonly warnings: Note[] = [];
  constructor(
    readonly table: TableState,
    readonly row: number,
    private readonly cells: Cell[],
  ) {}

  header(field: string): string {
    return (
      this.table.byField.get(field)?.col.header ??
      TABLES[this.table.key].columns.find((c) => c.field === field)?.header ??
      field
    );
  }

  cell(field: string): Cell {
    const m = this.table.byField.get(field);
    return m ? this.cells[m.idx] : { t: 'blank' };
  }

  /** The value when it was readable and filled; blank/unreadable cells were reported by checkCells. */
  private read<T>(field: string, reader: (c: Cell) => ReadResult<T>): T | null {
    const c = this.cell(field);
    if (c.t === 'blank' || c.t === 'error' || c.t === 'junk') return null;
    const r = reader(c);
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'error') this.fail(field, r.message);
    return null;
  }

  text(field: string): string {
    return this.read(field, textOf) ?? '';
  }

  date(field: string, ctx: DateContext): Day | null {
    return this.read(field, (c) => dateOf(c, ctx));
  }

  minutes(field: string): number | null {
    return this.read(field, minutesOf);
  }

  count(field: string): number | null {
    return this.read(field, countOf);
  }

  yesNo(field: string): boolean | null {
    return this.read(field, yesNoOf);
  }

  isBlank(field: string): boolean {
    return this.cell(field).t === 'blank';
  }

  fail(field: string, message: string): void {
    this.errors.push({ column: this.header(field), message });
  }

  /** An error reported for a row that is kept all the same. */
  flag(field: string, message: string): void {
    this.keptErrors.push({ column: this.header(field), message });
  }

  warn(field: string, message: string): void {
    this.warnings.push({ column: this.header(field), message });
  }

  require(what: string): void {
    this.missing.push(what);
  }

  get ok(): boolean {
    return this.missing.length === 0 && this.errors.length === 0;
  }

  /** Says everything collected about the row, in the table's diagnostics. */
  report(): void {
    if (this.ok && this.keptErrors.length === 0 && this.warnings.length === 0) return;
    const t = this.table;
    const at = `${t.name}第${this.row}行`;
    const say = (column: string | null, severity: Diagnostic['severity'], message: string) =>
      t.diags.push({ table: t.name, row: this.row, column, severity, message });
    if (this.missing.length > 0) {
      const column = this.missing[0].replace(/（.*$/u, '');
      say(column, 'error', `${at}缺少：${this.missing.join('、')}。该行暂不计入，请补全。`);
    }
    for (const e of this.errors) say(e.column || null, 'error', `${at}“${e.column}”列：${e.message}该行暂不计入。`);
    for (const e of this.keptErrors) say(e.column || null, 'error', `${at}“${e.column}”列：${e.message}`);
    for (const w of this.warnings) say(w.column || null, 'warning', `${at}${w.message}`);
  }
}
