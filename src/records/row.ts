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

const BLANK: Cell = { t: 'blank' };
const NONE: readonly never[] = [];

interface Note {
  column: string;
  message: string;
}

/** Reads one data row; collects missing fields, unreadable values, problems of a kept row, warnings. */
export class RowReader {
  // Created on first use: most rows have nothing to say, and this runs once per row.
  private missingList: string[] | null = null;
  /** The row is not counted. */
  private errorList: Note[] | null = null;
  /** Errors that leave the row counted (a roster row with a duplicate 学号 stays on the roster). */
  private keptList: Note[] | null = null;
  private warningList: Note[] | null = null;
  /** The sheet row being read (1-based). */
  row = 0;
  constructor(
    readonly table: TableState,
    private readonly cells: Cell[],
  ) {}

  /** Starts the next row: one reader serves a whole table (nothing is kept past its row). */
  start(row: number): this {
    this.row = row;
    this.missingList = this.errorList = this.keptList = this.warningList = null;
    return this;
  }

  get missing(): readonly string[] {
    return this.missingList ?? NONE;
  }

  get errors(): readonly Note[] {
    return this.errorList ?? NONE;
  }

  get keptErrors(): readonly Note[] {
    return this.keptList ?? NONE;
  }

  get warnings(): readonly Note[] {
    return this.warningList ?? NONE;
  }

  header(field: string): string {
    return (
      this.table.byField.get(field)?.col.header ??
      TABLES[this.table.key].columns.find((c) => c.field === field)?.header ??
      field
    );
  }

  cell(field: string): Cell {
    const m = this.table.byField.get(field);
    return m ? this.cells[m.idx] : BLANK;
  }

  /** The cell when it holds something to read; blank/unreadable cells were reported by checkCells. */
  private filled(field: string): Cell | null {
    const c = this.cell(field);
    return c.t === 'blank' || c.t === 'error' || c.t === 'junk' ? null : c;
  }

  private value<T>(field: string, r: ReadResult<T>): T | null {
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'error') this.fail(field, r.message);
    return null;
  }

  text(field: string): string {
    const c = this.filled(field);
    if (c === null) return '';
    if (c.t === 'str') return c.v; // textOf of a string is the string itself
    return this.value(field, textOf(c)) ?? '';
  }

  date(field: string, ctx: DateContext): Day | null {
    const c = this.filled(field);
    return c === null ? null : this.value(field, dateOf(c, ctx));
  }

  minutes(field: string): number | null {
    const c = this.filled(field);
    return c === null ? null : this.value(field, minutesOf(c));
  }

  count(field: string): number | null {
    const c = this.filled(field);
    return c === null ? null : this.value(field, countOf(c));
  }

  yesNo(field: string): boolean | null {
    const c = this.filled(field);
    return c === null ? null : this.value(field, yesNoOf(c));
  }

  isBlank(field: string): boolean {
    return this.cell(field).t === 'blank';
  }

  fail(field: string, message: string): void {
    (this.errorList ??= []).push({ column: this.header(field), message });
  }

  /** An error reported for a row that is kept all the same. */
  flag(field: string, message: string): void {
    (this.keptList ??= []).push({ column: this.header(field), message });
  }

  warn(field: string, message: string): void {
    (this.warningList ??= []).push({ column: this.header(field), message });
  }

  require(what: string): void {
    (this.missingList ??= []).push(what);
  }

  get ok(): boolean {
    return this.missingList === null && this.errorList === null;
  }

  /** Says everything collected about the row, in the table's diagnostics. */
  report(): void {
    if (this.ok && this.keptList === null && this.warningList === null) return;
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
