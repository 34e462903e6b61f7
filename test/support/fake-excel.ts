// An in-memory Excel for tests: just the part of the Excel JavaScript API that src/excel uses, with
// Excel's proxy semantics, each modelled on the documented host (TOOLING.md "The real host"):
// - Reading a property before load + sync throws PropertyNotLoaded (docs/develop/
//   application-specific-api-model.md, "load()").
// - Queued operations take effect at sync, in order. NO ROLLBACK: nothing documents that a failed
//   `context.sync()` applied none of its batch (docs/excel/excel-add-ins-troubleshooting.md: add,
//   freezeRows and delete throw part-way when focus moves), so a sync that fails at operation k has
//   applied operations 0..k-1 and none of the loads' results are delivered. `failAtOp` injects that.
// - InvalidOperationInCellEditMode: "if the user is in cell edit when the batch request is processed
//   by the host, the batch automatically fails" (office-js-docs-reference, Excel.RunOptions
//   .delayForCellEdit) — the whole batch is refused before any operation runs (`cellEditMode`).
// - *OrNullObject gives null objects whose isNullObject is true (application-specific-api-model.md,
//   "*OrNullObject methods and properties"). Methods and property sets on a null object in the same
//   batch are ignored (office-js-snippets samples/excel/46-table/create-table.yaml deletes a sheet
//   from getItemOrNullObject unconditionally). Loading properties of an object DERIVED from a null
//   object (e.g. a null table's getHeaderRowRange()) is undocumented: the fake lets the load pass but
//   delivers nothing, so reading any of its properties — isNullObject included — throws; code must
//   decide from the *OrNullObject itself.
//
// The gateway sees `Excel.RequestContext`: cast `fake.context` (done by `fake.ctx`).

type Scalar = string | number | boolean;

export interface FakeCell {
  /** Value (for formula cells: the cached value, '' when never computed). */
  v: Scalar;
  /** Formula, with the leading '='. */
  f?: string;
  /** Number format ('General' when absent). */
  nf?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  wrap?: boolean;
  /** Excel's quote prefix (text typed with a leading apostrophe). */
  quote?: boolean;
}

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

interface Validation extends Rect {
  list: string;
}

interface SheetState {
  id: number;
  name: string;
  cells: Map<string, FakeCell>;
  validations: Validation[];
  freezeRows: number;
  page: { paperSize?: string; orientation?: string; printTitleRows?: string; zoom?: Record<string, unknown> };
  colWidths: Map<number, number>;
  /** Print layout (merges, row heights, borders, page setup): see the block at the end of this file. */
  layout?: SheetLayout;
}

interface TableState extends Rect {
  id: number;
  name: string;
  sheetId: number;
  style: string;
}

interface WbState {
  sheets: SheetState[];
  tables: TableState[];
  nextId: number;
}

export class FakeExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ---------- addresses ----------

export function colName(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const key = (r: number, c: number): string => `${r},${c}`;

/** 'A1', 'A1:C4', '$1:$3', 'A:C' (sheet part ignored) → 0-based rect. */
export function parseAddress(address: string): Rect {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = a.replace(/\$/g, '').split(':');
  const one = (p: string): { r: number | null; c: number | null } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p);
    if (!m) throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const p0 = one(parts[0]);
  const p1 = one(parts[1] ?? parts[0]);
  return {
    r0: p0.r ?? 0,
    c0: p0.c ?? 0,
    r1: p1.r ?? 1_048_575,
    c1: p1.c ?? 16_383,
  };
}

export function rectAddress(r: Rect): string {
  const a = `${colName(r.c0)}${r.r0 + 1}`;
  const b = `${colName(r.c1)}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

const overlaps = (a: Rect, b: Rect): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

// ---------- value coercion, as Excel does when a string is written to `values` ----------

function excelSerial(y: number, m: number, d: number): number {
  const day = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  const n = day - Math.floor(Date.UTC(1899, 11, 31) / 86_400_000);
  return n < 60 ? n : n + 1;
}

function coerce(input: unknown, asFormula: boolean): { v: Scalar; f?: string; quote?: boolean; nf?: string } {
  if (input === null || input === undefined || input === '') return { v: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input };
  if (typeof input !== 'string') throw new FakeExcelError('InvalidArgument', `cannot write ${typeof input}`);
  if (input.startsWith("'")) return { v: input.slice(1), quote: true };
  if (input.startsWith('=') && input.length > 1) return { v: '', f: input };
  if (/^[+-]/.test(input) && input.length > 1 && !/^[+-]?\d/.test(input)) {
    // Excel reads "+abc"/"-abc" typed into a cell as a formula too.
    return { v: '', f: '=' + input };
  }
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(input)) return { v: Number(input) };
  if (/^(true|false)$/i.test(input)) return { v: input.toUpperCase() === 'TRUE' };
  const dm = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(input);
  if (dm) return { v: excelSerial(+dm[1], +dm[2], +dm[3]), nf: 'yyyy-mm-dd' };
  void asFormula;
  return { v: input };
}

// ---------- the fake ----------

type Op = (st: WbState, results: Array<() => void>) => void;

export interface FakeStats {
  syncs: number;
  /** Operations sent to the host (every queued load, set and method call). */
  ops: number;
  /** Mutating operations executed (value/format/validation sets, adds, deletes, renames). */
  writes: number;
  cellsWritten: number;
  cellsRead: number;
  /** Bytes of the largest request/response payload (values as JSON). */
  maxPayload: number;
}

export interface SeedSheet {
  name: string;
  /** Cells by A1 address: a value, or a cell object (formula/format). */
  cells?: Record<string, Scalar | Partial<FakeCell>>;
  /** A block of values starting at `at` (default A1). */
  rows?: Scalar[][];
  at?: string;
  tables?: Array<{ name: string; range: string; style?: string }>;
  validations?: Array<{ range: string; list: string }>;
  freezeRows?: number;
}

export interface DumpCell {
  v: Scalar;
  f?: string;
  nf?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  wrap?: boolean;
}

export interface WorkbookDump {
  sheets: Array<{
    name: string;
    cells: Record<string, DumpCell>;
    validations: Array<{ range: string; list: string }>;
    freezeRows: number;
    page: SheetState['page'];
  }>;
  tables: Array<{ name: string; sheet: string; range: string; headers: Scalar[] }>;
}

export class FakeExcel {
  state: WbState = { sheets: [], tables: [], nextId: 1 };
  stats: FakeStats = { syncs: 0, ops: 0, writes: 0, cellsWritten: 0, cellsRead: 0, maxPayload: 0 };
  /** 1-based numbers of the syncs (counted from the start) that fail. */
  failSyncs = new Set<number>();
  /** Absolute operation numbers (stats.ops) whose sync fails at that operation. */
  failOps: number[] = [];
  /** The user is editing a cell: every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  /** The next n syncs fail with InvalidOperationInCellEditMode (the user then leaves the cell). */
  cellEditSyncs = 0;
  /** Operations in the last sync's batch. */
  lastBatchOps = 0;
  /** Excel on the web rejects requests/responses above 5 MB; the fake checks the values it moves. */
  payloadLimit = 5 * 1024 * 1024;
  /** The workbook uses the 1904 date system (seen through workbook.functions.date). */
  date1904 = false;
  queue: Op[] = [];
  /** Called after each applied operation with its absolute number (tests: which operations change what). */
  afterOp?: (op: number) => void;
  readonly context: FakeContext;

  constructor(seed: SeedSheet[] = []) {
    this.context = new FakeContext(this);
    for (const s of seed) this.seedSheet(s);
  }

  /** The fake as the gateway sees it. */
  get ctx(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }

  /** A new fake holding a deep copy of this one's workbook (tests start many runs from one state). */
  fork(): FakeExcel {
    const f = new FakeExcel();
    f.state = structuredClone(this.state);
    f.date1904 = this.date1904;
    return f;
  }

  resetStats(): void {
    this.stats = { syncs: 0, ops: 0, writes: 0, cellsWritten: 0, cellsRead: 0, maxPayload: 0 };
  }

  /** Make the n-th sync from now fail before any of its operations (1 = the next one). */
  failNthSync(n: number): void {
    this.failSyncs.add(this.stats.syncs + n);
  }

  /**
   * Fail the sync that carries the n-th operation not yet synced (0 = the first, counting any already
   * queued), having applied
   * the operations before it in that batch (partial application, no rollback).
   */
  failAtOp(n: number): void {
    this.failOps.push(this.stats.ops + n);
  }

  /** Operations queued and synced so far (loads, sets, method calls), across all syncs. */
  get opsSynced(): number {
    return this.stats.ops;
  }

  seedSheet(s: SeedSheet): void {
    let sheet = this.state.sheets.find((x) => x.name === s.name);
    if (!sheet) {
      sheet = newSheet(this.state.nextId++, s.name);
      this.state.sheets.push(sheet);
    }
    if (s.rows) {
      const at = parseAddress(s.at ?? 'A1');
      s.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== '' && v !== null && v !== undefined) sheet.cells.set(key(at.r0 + i, at.c0 + j), { v });
        }),
      );
    }
    for (const [addr, cell] of Object.entries(s.cells ?? {})) {
      const r = parseAddress(addr);
      const c: FakeCell = typeof cell === 'object' ? { v: '', ...cell } : { v: cell };
      sheet.cells.set(key(r.r0, r.c0), c);
    }
    for (const t of s.tables ?? []) {
      const r = parseAddress(t.range);
      this.state.tables.push({ id: this.state.nextId++, name: t.name, sheetId: sheet.id, style: t.style ?? '', ...r });
    }
    for (const v of s.validations ?? []) sheet.validations.push({ ...parseAddress(v.range), list: v.list });
    if (s.freezeRows) sheet.freezeRows = s.freezeRows;
  }

  dump(): WorkbookDump {
    const st = this.state;
    return {
      sheets: st.sheets.map((s) => {
        const cells: Record<string, DumpCell> = {};
        const keys = [...s.cells.keys()].sort((a, b) => {
          const [ra, ca] = a.split(',').map(Number);
          const [rb, cb] = b.split(',').map(Number);
          return ra - rb || ca - cb;
        });
        for (const k of keys) {
          const c = s.cells.get(k)!;
          const [r, col] = k.split(',').map(Number);
          const d: DumpCell = { v: c.v };
          if (c.f !== undefined) d.f = c.f;
          if (c.nf !== undefined && c.nf !== 'General') d.nf = c.nf;
          if (c.fill !== undefined) d.fill = c.fill;
          if (c.fontColor !== undefined) d.fontColor = c.fontColor;
          if (c.bold) d.bold = true;
          if (c.wrap) d.wrap = true;
          if (d.v === '' && Object.keys(d).length === 1) continue;
          cells[`${colName(col)}${r + 1}`] = d;
        }
        return {
          name: s.name,
          cells,
          validations: s.validations.map((v) => ({ range: rectAddress(v), list: v.list })),
          freezeRows: s.freezeRows,
          page: { ...s.page },
        };
      }),
      tables: st.tables.map((t) => {
        const sheet = st.sheets.find((s) => s.id === t.sheetId)!;
        const headers: Scalar[] = [];
        for (let c = t.c0; c <= t.c1; c++) headers.push(sheet.cells.get(key(t.r0, c))?.v ?? '');
        return { name: t.name, sheet: sheet.name, range: rectAddress(t), headers };
      }),
    };
  }

  /** Values of a sheet's cells in a rect (tests). */
  grid(sheetName: string, address: string): Scalar[][] {
    const s = this.state.sheets.find((x) => x.name === sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const r = parseAddress(address);
    const out: Scalar[][] = [];
    for (let i = r.r0; i <= r.r1; i++) {
      const row: Scalar[] = [];
      for (let j = r.c0; j <= r.c1; j++) row.push(s.cells.get(key(i, j))?.v ?? '');
      out.push(row);
    }
    return out;
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const s = this.state.sheets.find((x) => x.name === sheetName);
    const r = parseAddress(address);
    return s?.cells.get(key(r.r0, r.c0));
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    const results: Array<() => void> = [];
    const first = this.stats.ops;
    this.stats.ops += ops.length;
    this.lastBatchOps = ops.length;
    if (this.cellEditMode || this.cellEditSyncs > 0) {
      if (this.cellEditSyncs > 0) this.cellEditSyncs--;
      // Refused before it runs: nothing of the batch is applied (RunOptions.delayForCellEdit).
      throw new FakeExcelError(
        'InvalidOperationInCellEditMode',
        'The operation is not available while Excel is in cell edit mode.',
      );
    }
    const failAt = this.failOps.find((n) => n >= first && n < first + ops.length);
    if (this.failSyncs.has(this.stats.syncs)) throw new FakeExcelError('GeneralException', 'injected sync failure');
    // No rollback: operations before the failing one stay applied (see the header).
    ops.forEach((op, i) => {
      if (failAt === first + i) throw new FakeExcelError('GeneralException', `injected failure at operation ${i}`);
      op(this.state, results);
      this.afterOp?.(first + i);
    });
    for (const r of results) r();
    await Promise.resolve();
  }

  /** Accounting helpers used by the proxies. */
  countWrite(cells: number, payload: unknown): void {
    this.stats.writes++;
    this.stats.cellsWritten += cells;
    this.checkPayload(payload);
  }

  countRead(cells: number, payload: unknown): void {
    this.stats.cellsRead += cells;
    this.checkPayload(payload);
  }

  private batchBytes = 0;
  private batchSync = -1;

  private checkPayload(payload: unknown): void {
    if (payload === undefined) return;
    const bytes = Buffer.byteLength(JSON.stringify(payload), 'utf8');
    if (this.batchSync !== this.stats.syncs) {
      this.batchSync = this.stats.syncs;
      this.batchBytes = 0;
    }
    this.batchBytes += bytes;
    this.stats.maxPayload = Math.max(this.stats.maxPayload, this.batchBytes);
    if (this.batchBytes > this.payloadLimit) {
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
  }
}

function newSheet(id: number, name: string): SheetState {
  return { id, name, cells: new Map(), validations: [], freezeRows: 0, page: {}, colWidths: new Map() };
}

// ---------- proxies ----------

class FakeContext {
  readonly workbook: FWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FWorkbook(this);
  }
  sync(): Promise<void> {
    return this.fake.sync();
  }
}

const notLoaded = (prop: string): FakeExcelError =>
  new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

const derivedFromNull = (prop: string): FakeExcelError =>
  new FakeExcelError(
    'FakeUndocumented',
    `fake: '${prop}' of an object derived from a null object is undocumented in Excel; check isNullObject of the *OrNullObject result instead.`,
  );

/** Marks what an *OrNullObject method returns. */
function orNull<O extends { _orNull: boolean }>(o: O): O {
  o._orNull = true;
  return o;
}

abstract class FObj<T> {
  protected _loaded: Record<string, unknown> = {};
  protected _isNull: boolean | undefined;
  /** Made by an *OrNullObject method: may resolve to a null object (isNullObject true). */
  _orNull = false;
  /** A load ran while an object this one derives from was null: undocumented, nothing delivered. */
  private _derivedNull = false;
  constructor(readonly context: FakeContext) {}
  /** The target in the working state, or null (a null object). Throws ItemNotFound for plain getItem. */
  abstract _resolve(st: WbState): T | null;
  protected _read(_st: WbState, _t: T, prop: string): unknown {
    throw new FakeExcelError('InvalidArgument', `fake: cannot load ${prop}`);
  }

  /** The value `load` would give (collections load their items through it). */
  readProp(st: WbState, t: T, prop: string): unknown {
    return this._read(st, t, prop);
  }

  get isNullObject(): boolean {
    if (this._derivedNull) throw derivedFromNull('isNullObject');
    if (this._isNull === undefined) throw notLoaded('isNullObject');
    return this._isNull;
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === 'string'
        ? props.split(',').map((p) => p.trim())
        : Array.isArray(props)
          ? props.flatMap((p) => p.split(',').map((x) => x.trim()))
          : props
            ? Object.keys(props)
            : [];
    this.context.fake.queue.push((st, results) => {
      const t = this._resolve(st);
      if (t === null) {
        results.push(() => {
          if (this._orNull) this._isNull = true;
          else this._derivedNull = true;
        });
        return;
      }
      const got: Record<string, unknown> = {};
      for (const p of list.filter((x) => x !== '')) got[p] = this._read(st, t, p);
      results.push(() => {
        this._isNull = false;
        Object.assign(this._loaded, got);
      });
    });
    return this;
  }

  // The getter that calls this states the property type; the store holds unknowns.
  protected get_<R = never>(prop: string): R {
    if (this._derivedNull) throw derivedFromNull(prop);
    if (!(prop in this._loaded)) throw notLoaded(prop);
    return this._loaded[prop] as R;
  }

  protected write(fn: (st: WbState, t: T) => void): void {
    this.context.fake.queue.push((st) => {
      const t = this._resolve(st);
      // Methods and sets on a null object are ignored by Excel (see the header).
      if (t === null) return;
      fn(st, t);
    });
  }
}

function sheetById(st: WbState, id: number): SheetState | null {
  return st.sheets.find((s) => s.id === id) ?? null;
}

function sheetByName(st: WbState, name: string): SheetState | null {
  return st.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
}

function tableByName(st: WbState, name: string): TableState | null {
  return st.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
}

class FWorkbook {
  readonly worksheets: FWorksheets;
  readonly tables: FTables;
  readonly functions: FFunctions;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FWorksheets(context);
    this.tables = new FTables(context, null);
    this.functions = new FFunctions(context);
  }
}

/** workbook.functions: only DATE, evaluated in the workbook's date system like Excel's own. */
class FFunctions {
  constructor(readonly context: FakeContext) {}
  date(year: number, month: number, day: number): FFunctionResult {
    return new FFunctionResult(this.context, () => {
      const days = (Date.UTC(year, month - 1, day) - Date.UTC(1904, 0, 1)) / 86_400_000;
      // 1900 system: serial 1462 is 1904-01-01 (serial 60 is the fictitious 1900-02-29).
      return this.context.fake.date1904 ? days : days + 1462;
    });
  }
}

class FFunctionResult {
  private _value: number | undefined;
  constructor(
    readonly context: FakeContext,
    private readonly compute: () => number,
  ) {}
  load(_props?: string): this {
    this.context.fake.queue.push((_st, results) => {
      const v = this.compute();
      results.push(() => {
        this._value = v;
      });
    });
    return this;
  }
  get value(): number {
    if (this._value === undefined) throw notLoaded('value');
    return this._value;
  }
}

class FWorksheets extends FObj<WbState> {
  private _items: FWorksheet[] | undefined;
  _resolve(st: WbState): WbState {
    return st;
  }
  get items(): FWorksheet[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
  override load(props?: string): this {
    const fields = (props ?? '')
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter((p) => p !== '');
    this.context.fake.queue.push((st, results) => {
      const items = st.sheets.map((s) => {
        const w = new FWorksheet(this.context, idRef(s.id));
        const got: Record<string, unknown> = {};
        for (const f of fields) got[f] = w.readProp(st, s, f);
        return { w, got };
      });
      results.push(() => {
        this._items = items.map(({ w, got }) => {
          w._setLoaded(got);
          return w;
        });
      });
    });
    return this;
  }
  add(name?: string): FWorksheet {
    const ref: { id: number | null } = { id: null };
    this.context.fake.queue.push((st) => {
      const n = name ?? `Sheet${st.sheets.length + 1}`;
      if (sheetByName(st, n)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
      if (n.length > 31 || /[:\\/?*[\]]/.test(n)) throw new FakeExcelError('InvalidArgument', `bad sheet name ${n}`);
      const s = newSheet(st.nextId++, n);
      st.sheets.push(s);
      ref.id = s.id;
      this.context.fake.countWrite(0, undefined);
    });
    return new FWorksheet(this.context, ref);
  }
  getItemOrNullObject(name: string): FWorksheet {
    return orNull(new FWorksheet(this.context, { byName: name }));
  }
  getItem(name: string): FWorksheet {
    return new FWorksheet(this.context, { byName: name, strict: true });
  }
}

type SheetRef = { id: number | null } | { byName: string; strict?: boolean };
const idRef = (id: number): SheetRef => ({ id });

class FWorksheet extends FObj<SheetState> {
  readonly freezePanes: FFreezePanes;
  readonly pageLayout: FPageLayout;
  readonly tables: FTables;
  constructor(
    context: FakeContext,
    readonly ref: SheetRef,
  ) {
    super(context);
    this.freezePanes = new FFreezePanes(context, this);
    this.pageLayout = new FPageLayout(context, this);
    this.tables = new FTables(context, this);
  }
  _setLoaded(got: Record<string, unknown>): void {
    this._isNull = false;
    Object.assign(this._loaded, got);
  }
  _resolve(st: WbState): SheetState | null {
    if ('byName' in this.ref) {
      const s = sheetByName(st, this.ref.byName);
      if (!s && this.ref.strict) throw new FakeExcelError('ItemNotFound', `no sheet ${this.ref.byName}`);
      return s;
    }
    return this.ref.id === null ? null : sheetById(st, this.ref.id);
  }
  protected override _read(st: WbState, s: SheetState, prop: string): unknown {
    if (prop === 'name') return s.name;
    if (prop === 'position') return st.sheets.indexOf(s);
    if (prop === 'id') return String(s.id);
    return super._read(st, s, prop);
  }
  get name(): string {
    return this.get_('name');
  }
  set name(v: string) {
    this.write((st, s) => {
      const other = sheetByName(st, v);
      if (other && other !== s) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${v} already exists.`);
      s.name = v;
      this.context.fake.countWrite(0, undefined);
    });
  }
  get position(): number {
    return this.get_('position');
  }
  set position(p: number) {
    this.write((st, s) => {
      st.sheets.splice(st.sheets.indexOf(s), 1);
      st.sheets.splice(Math.min(p, st.sheets.length), 0, s);
      this.context.fake.countWrite(0, undefined);
    });
  }
  delete(): void {
    this.write((st, s) => {
      st.sheets.splice(st.sheets.indexOf(s), 1);
      st.tables = st.tables.filter((t) => t.sheetId !== s.id);
      this.context.fake.countWrite(0, undefined);
    });
  }
  getRange(address?: string): FRange {
    return new FRange(this.context, (st) => {
      const s = this._resolve(st);
      return s
        ? { sheet: s, ...(address ? parseAddress(address) : { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 }) }
        : null;
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FRange {
    return new FRange(this.context, (st) => {
      const s = this._resolve(st);
      return s ? { sheet: s, r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 } : null;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FRange {
    return orNull(
      new FRange(this.context, (st) => {
        const s = this._resolve(st);
        if (!s) return null;
        return usedIn(st, s, { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 }, !!valuesOnly);
      }),
    );
  }
}

/** Bounding box of the used cells of a sheet inside a rect (values, or also formats/validation). */
function usedIn(st: WbState, s: SheetState, within: Rect, valuesOnly: boolean): RangeTarget | null {
  let box: Rect | null = null;
  const grow = (r: number, c: number) => {
    if (r < within.r0 || r > within.r1 || c < within.c0 || c > within.c1) return;
    if (!box) box = { r0: r, c0: c, r1: r, c1: c };
    else {
      box.r0 = Math.min(box.r0, r);
      box.r1 = Math.max(box.r1, r);
      box.c0 = Math.min(box.c0, c);
      box.c1 = Math.max(box.c1, c);
    }
  };
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(',').map(Number);
    const hasValue = cell.v !== '' || cell.f !== undefined;
    const hasFormat =
      (cell.nf !== undefined && cell.nf !== 'General') ||
      cell.fill !== undefined ||
      cell.fontColor !== undefined ||
      !!cell.bold ||
      !!cell.wrap;
    if (hasValue || (!valuesOnly && hasFormat)) grow(r, c);
  }
  if (!valuesOnly) {
    for (const v of s.validations) {
      if (!overlaps(v, within)) continue;
      grow(Math.max(v.r0, within.r0), Math.max(v.c0, within.c0));
      grow(Math.min(v.r1, within.r1), Math.min(v.c1, within.c1));
    }
  }
  void st;
  return box ? { sheet: s, ...(box as Rect) } : null;
}

class FFreezePanes extends FObj<SheetState> {
  constructor(
    context: FakeContext,
    readonly sheet: FWorksheet,
  ) {
    super(context);
  }
  _resolve(st: WbState): SheetState | null {
    return this.sheet._resolve(st);
  }
  freezeRows(count?: number): void {
    this.write((_st, s) => {
      s.freezeRows = count ?? 1;
      this.context.fake.countWrite(0, undefined);
    });
  }
  getLocationOrNullObject(): FRange {
    return orNull(
      new FRange(this.context, (st) => {
        const s = this._resolve(st);
        return s && s.freezeRows > 0 ? { sheet: s, r0: 0, c0: 0, r1: s.freezeRows - 1, c1: 16_383 } : null;
      }),
    );
  }
}

class FPageLayout extends FObj<SheetState> {
  constructor(
    context: FakeContext,
    readonly sheet: FWorksheet,
  ) {
    super(context);
  }
  _resolve(st: WbState): SheetState | null {
    return this.sheet._resolve(st);
  }
  protected override _read(_st: WbState, s: SheetState, prop: string): unknown {
    if (prop === 'paperSize') return s.page.paperSize ?? 'Letter';
    if (prop === 'orientation') return s.page.orientation ?? 'Portrait';
    if (prop === 'zoom') return s.page.zoom ?? { scale: 100 };
    return super._read(_st, s, prop);
  }
  private setPage(k: 'paperSize' | 'orientation' | 'zoom', v: unknown): void {
    this.write((_st, s) => {
      (s.page as Record<string, unknown>)[k] = v;
      this.context.fake.countWrite(0, undefined);
    });
  }
  set paperSize(v: string) {
    this.setPage('paperSize', v);
  }
  get paperSize(): string {
    return this.get_('paperSize');
  }
  set orientation(v: string) {
    this.setPage('orientation', v);
  }
  get orientation(): string {
    return this.get_('orientation');
  }
  set zoom(v: Record<string, unknown>) {
    this.setPage('zoom', { ...v });
  }
  get zoom(): Record<string, unknown> {
    return this.get_('zoom');
  }
  setPrintTitleRows(rows: string): void {
    this.write((_st, s) => {
      s.page.printTitleRows = rows;
      this.context.fake.countWrite(0, undefined);
    });
  }
  getPrintTitleRowsOrNullObject(): FRange {
    return orNull(
      new FRange(this.context, (st) => {
        const s = this._resolve(st);
        return s && s.page.printTitleRows ? { sheet: s, ...parseAddress(s.page.printTitleRows) } : null;
      }),
    );
  }
}

interface RangeTarget extends Rect {
  sheet: SheetState;
}

type FormatKey = 'fill' | 'fontColor' | 'bold' | 'fontSize' | 'wrap';

class FRange extends FObj<RangeTarget> {
  readonly format: FRangeFormat;
  readonly dataValidation: FDataValidation;
  constructor(
    context: FakeContext,
    readonly resolveTarget: (st: WbState) => RangeTarget | null,
  ) {
    super(context);
    this.format = new FRangeFormat(this);
    this.dataValidation = new FDataValidation(context, this);
  }
  _resolve(st: WbState): RangeTarget | null {
    return this.resolveTarget(st);
  }
  protected override _read(_st: WbState, t: RangeTarget, prop: string): unknown {
    const rows = t.r1 - t.r0 + 1;
    const cols = t.c1 - t.c0 + 1;
    const grid = (f: (c: FakeCell | undefined) => unknown): unknown[][] => {
      const out: unknown[][] = [];
      for (let i = 0; i < rows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < cols; j++) row.push(f(t.sheet.cells.get(key(t.r0 + i, t.c0 + j))));
        out.push(row);
      }
      this.context.fake.countRead(rows * cols, out);
      return out;
    };
    switch (prop) {
      case 'values':
        return grid((c) => c?.v ?? '');
      case 'formulas':
        return grid((c) => c?.f ?? c?.v ?? '');
      case 'numberFormat':
        return grid((c) => c?.nf ?? 'General');
      case 'rowIndex':
        return t.r0;
      case 'columnIndex':
        return t.c0;
      case 'rowCount':
        return rows;
      case 'columnCount':
        return cols;
      case 'address': {
        const n = /^[A-Za-z0-9_]+$/.test(t.sheet.name) ? t.sheet.name : `'${t.sheet.name}'`;
        return `${n}!${rectAddress(t)}`;
      }
      default:
        return super._read(_st, t, prop);
    }
  }
  get values(): unknown[][] {
    return this.get_('values');
  }
  set values(v: unknown[][]) {
    this.setGrid(v, false);
  }
  get formulas(): unknown[][] {
    return this.get_('formulas');
  }
  set formulas(v: unknown[][]) {
    this.setGrid(v, true);
  }
  get numberFormat(): string[][] {
    return this.get_('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.write((_st, t) => {
      checkDims(t, v);
      this.context.fake.countWrite(v.length * (v[0]?.length ?? 0), v);
      v.forEach((row, i) =>
        row.forEach((nf, j) => {
          const k = key(t.r0 + i, t.c0 + j);
          const c = t.sheet.cells.get(k) ?? { v: '' };
          c.nf = nf;
          t.sheet.cells.set(k, c);
        }),
      );
    });
  }
  get rowIndex(): number {
    return this.get_('rowIndex');
  }
  get columnIndex(): number {
    return this.get_('columnIndex');
  }
  get rowCount(): number {
    return this.get_('rowCount');
  }
  get columnCount(): number {
    return this.get_('columnCount');
  }
  get address(): string {
    return this.get_('address');
  }

  private setGrid(v: unknown[][], asFormula: boolean): void {
    this.write((_st, t) => {
      checkDims(t, v);
      this.context.fake.countWrite(v.length * (v[0]?.length ?? 0), v);
      v.forEach((row, i) => row.forEach((x, j) => writeCell(t.sheet, t.r0 + i, t.c0 + j, x, asFormula)));
    });
  }

  _setFormat(k: FormatKey, value: unknown): void {
    this.write((_st, t) => {
      this.context.fake.countWrite(0, undefined);
      for (let r = t.r0; r <= t.r1; r++)
        for (let c = t.c0; c <= t.c1; c++) {
          const cell = t.sheet.cells.get(key(r, c)) ?? { v: '' };
          (cell as unknown as Record<string, unknown>)[k] = value;
          t.sheet.cells.set(key(r, c), cell);
        }
    });
  }

  _setColumnWidth(w: number): void {
    this.write((_st, t) => {
      this.context.fake.countWrite(0, undefined);
      for (let c = t.c0; c <= t.c1; c++) t.sheet.colWidths.set(c, w);
    });
  }

  private derived(f: (t: RangeTarget, st: WbState) => RangeTarget | null): FRange {
    return new FRange(this.context, (st) => {
      const t = this._resolve(st);
      return t ? f(t, st) : null;
    });
  }
  getCell(row: number, col: number): FRange {
    return this.derived((t) => ({ sheet: t.sheet, r0: t.r0 + row, c0: t.c0 + col, r1: t.r0 + row, c1: t.c0 + col }));
  }
  getColumn(col: number): FRange {
    return this.derived((t) => ({ ...t, c0: t.c0 + col, c1: t.c0 + col }));
  }
  getRow(row: number): FRange {
    return this.derived((t) => ({ ...t, r0: t.r0 + row, r1: t.r0 + row }));
  }
  getLastRow(): FRange {
    return this.derived((t) => ({ ...t, r0: t.r1 }));
  }
  getIntersection(other: FRange): FRange {
    return this.derived((t, st) => {
      const o = other._resolve(st);
      if (!o || o.sheet !== t.sheet || !overlaps(t, o)) {
        throw new FakeExcelError('InvalidArgument', 'The ranges do not intersect.');
      }
      return {
        sheet: t.sheet,
        r0: Math.max(t.r0, o.r0),
        c0: Math.max(t.c0, o.c0),
        r1: Math.min(t.r1, o.r1),
        c1: Math.min(t.c1, o.c1),
      };
    });
  }
  getEntireRow(): FRange {
    return this.derived((t) => ({ ...t, c0: 0, c1: 16_383 }));
  }
  getColumnsAfter(count = 1): FRange {
    return this.derived((t) => ({ ...t, c0: t.c1 + 1, c1: t.c1 + count }));
  }
  getRowsBelow(count = 1): FRange {
    return this.derived((t) => ({ ...t, r0: t.r1 + 1, r1: t.r1 + count }));
  }
  getResizedRange(dr: number, dc: number): FRange {
    return this.derived((t) => ({ ...t, r1: t.r1 + dr, c1: t.c1 + dc }));
  }
  getOffsetRange(dr: number, dc: number): FRange {
    return this.derived((t) => ({ sheet: t.sheet, r0: t.r0 + dr, r1: t.r1 + dr, c0: t.c0 + dc, c1: t.c1 + dc }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FRange {
    return orNull(this.derived((t, st) => usedIn(st, t.sheet, t, !!valuesOnly)));
  }
  /** Range.clear(applyTo): 'Contents' clears values and formulas only, keeping formats and validation
   *  (office-js-docs-reference excel.clearapplyto); no argument clears everything. */
  clear(applyTo?: string): void {
    this.write((_st, t) => {
      this.context.fake.countWrite(0, undefined);
      for (let r = t.r0; r <= t.r1; r++)
        for (let c = t.c0; c <= t.c1; c++) {
          const cell = t.sheet.cells.get(key(r, c));
          if (applyTo === 'Contents') {
            if (cell) t.sheet.cells.set(key(r, c), { ...cell, v: '', f: undefined, quote: undefined });
          } else t.sheet.cells.delete(key(r, c));
        }
      if (applyTo !== 'Contents') t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v, t));
    });
  }
}

function checkDims(t: Rect, v: unknown[][]): void {
  const rows = t.r1 - t.r0 + 1;
  const cols = t.c1 - t.c0 + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeExcelError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
}

function writeCell(sheet: SheetState, r: number, c: number, x: unknown, asFormula: boolean): void {
  const k = key(r, c);
  const old = sheet.cells.get(k) ?? { v: '' };
  const co = coerce(x, asFormula);
  const cell: FakeCell = { ...old, v: co.v };
  delete cell.f;
  delete cell.quote;
  if (co.f !== undefined) cell.f = co.f;
  if (co.quote) cell.quote = true;
  if (co.nf && (cell.nf === undefined || cell.nf === 'General')) cell.nf = co.nf;
  sheet.cells.set(k, cell);
}

class FRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; size: number };
  constructor(readonly range: FRange) {
    const r = range;
    this.fill = {
      set color(v: string) {
        r._setFormat('fill', v);
      },
      get color(): string {
        throw notLoaded('color');
      },
    };
    this.font = {
      set color(v: string) {
        r._setFormat('fontColor', v);
      },
      get color(): string {
        throw notLoaded('color');
      },
      set bold(v: boolean) {
        r._setFormat('bold', v);
      },
      get bold(): boolean {
        throw notLoaded('bold');
      },
      set size(v: number) {
        r._setFormat('fontSize', v);
      },
      get size(): number {
        throw notLoaded('size');
      },
    };
  }
  set wrapText(v: boolean) {
    this.range._setFormat('wrap', v);
  }
  set columnWidth(v: number) {
    this.range._setColumnWidth(v);
  }
}

class FDataValidation extends FObj<RangeTarget> {
  constructor(
    context: FakeContext,
    readonly range: FRange,
  ) {
    super(context);
  }
  _resolve(st: WbState): RangeTarget | null {
    return this.range._resolve(st);
  }
  protected override _read(_st: WbState, t: RangeTarget, prop: string): unknown {
    if (prop === 'type') {
      const hits = t.sheet.validations.filter((v) => overlaps(v, t));
      if (hits.length === 0) return 'None';
      return hits.length === 1 && hits[0].r0 <= t.r0 && hits[0].r1 >= t.r1 && hits[0].c0 <= t.c0 && hits[0].c1 >= t.c1
        ? 'List'
        : 'Inconsistent';
    }
    return super._read(_st, t, prop);
  }
  get type(): string {
    return this.get_('type');
  }
  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this.write((_st, t) => {
      if (!rule.list) throw new FakeExcelError('InvalidArgument', 'fake: only list validation');
      // Excel refuses a new rule over cells that already have another one; the gateway must never do that.
      if (t.sheet.validations.some((v) => overlaps(v, t))) {
        throw new FakeExcelError('InvalidOperation', 'fake: the range already has data validation');
      }
      t.sheet.validations.push({ r0: t.r0, c0: t.c0, r1: t.r1, c1: t.c1, list: rule.list.source });
      this.context.fake.countWrite(0, undefined);
    });
  }
  clear(): void {
    this.write((_st, t) => {
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v, t));
      this.context.fake.countWrite(0, undefined);
    });
  }
}

class FTables extends FObj<WbState> {
  private _items: FTable[] | undefined;
  constructor(
    context: FakeContext,
    readonly sheet: FWorksheet | null,
  ) {
    super(context);
  }
  _resolve(st: WbState): WbState {
    return st;
  }
  get items(): FTable[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
  override load(props?: string): this {
    const fields = (props ?? '')
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter((p) => p !== '');
    this.context.fake.queue.push((st, results) => {
      const sheet = this.sheet ? this.sheet._resolve(st) : null;
      const items = st.tables
        .filter((t) => !this.sheet || (sheet && t.sheetId === sheet.id))
        .map((t) => {
          const p = new FTable(this.context, { id: t.id });
          const got: Record<string, unknown> = {};
          for (const f of fields) got[f] = p.readProp(st, t, f);
          return { p, got };
        });
      results.push(() => {
        this._items = items.map(({ p, got }) => {
          p._setLoaded(got);
          return p;
        });
      });
    });
    return this;
  }
  getItemOrNullObject(name: string): FTable {
    return orNull(new FTable(this.context, { byName: name }));
  }
  getItem(name: string): FTable {
    return new FTable(this.context, { byName: name, strict: true });
  }
  add(address: string | FRange, hasHeaders: boolean): FTable {
    const ref: { id: number | null } = { id: null };
    const sheetProxy = this.sheet;
    this.context.fake.queue.push((st) => {
      let sheet: SheetState | null;
      let r: Rect;
      if (typeof address !== 'string') {
        const t = address._resolve(st);
        if (!t) throw new FakeExcelError('ItemNotFound', 'no range for the table');
        sheet = t.sheet;
        r = { r0: t.r0, c0: t.c0, r1: t.r1, c1: t.c1 };
      } else {
        if (sheetProxy) sheet = sheetProxy._resolve(st);
        else {
          const name = address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '');
          sheet = sheetByName(st, name);
        }
        r = parseAddress(address);
      }
      if (!sheet) throw new FakeExcelError('ItemNotFound', 'no sheet for the table');
      if (!hasHeaders) throw new FakeExcelError('InvalidArgument', 'fake: tables need headers');
      const sheetId = sheet.id;
      if (st.tables.some((t) => t.sheetId === sheetId && overlaps(t, r))) {
        throw new FakeExcelError('InvalidOperation', 'A table cannot overlap another table.');
      }
      const t: TableState = { id: st.nextId++, name: `Table${st.nextId}`, sheetId, style: '', ...r };
      if (r.r1 === r.r0) t.r1 = r.r0 + 1; // a table always has a data row
      // Excel fills blank headers with Column1, Column2…
      for (let c = r.c0; c <= r.c1; c++) {
        const cell = sheet.cells.get(key(r.r0, c));
        if (!cell || cell.v === '') writeCell(sheet, r.r0, c, `Column${c - r.c0 + 1}`, false);
      }
      st.tables.push(t);
      ref.id = t.id;
      this.context.fake.countWrite(0, undefined);
    });
    return new FTable(this.context, ref);
  }
}

type TableRef = { id: number | null } | { byName: string; strict?: boolean };

class FTable extends FObj<TableState> {
  readonly rows: FTableRows;
  readonly columns: FTableColumns;
  constructor(
    context: FakeContext,
    readonly ref: TableRef,
  ) {
    super(context);
    this.rows = new FTableRows(context, this);
    this.columns = new FTableColumns(context, this);
  }
  get worksheet(): FWorksheet {
    return this.sheetProxy();
  }
  private sheetProxy(): FWorksheet {
    // A worksheet proxy that follows this table.
    const w = new FWorksheet(this.context, { id: null });
    (w as unknown as { _resolve: (st: WbState) => SheetState | null })._resolve = (st: WbState) => {
      const t = this._resolve(st);
      return t ? sheetById(st, t.sheetId) : null;
    };
    return w;
  }
  _setLoaded(got: Record<string, unknown>): void {
    this._isNull = false;
    Object.assign(this._loaded, got);
  }
  _resolve(st: WbState): TableState | null {
    if ('byName' in this.ref) {
      const t = tableByName(st, this.ref.byName);
      if (!t && this.ref.strict) throw new FakeExcelError('ItemNotFound', `no table ${this.ref.byName}`);
      return t;
    }
    return this.ref.id === null ? null : (st.tables.find((t) => t.id === (this.ref as { id: number }).id) ?? null);
  }
  protected override _read(_st: WbState, t: TableState, prop: string): unknown {
    if (prop === 'name') return t.name;
    if (prop === 'showHeaders') return true;
    if (prop === 'showTotals') return false;
    if (prop === 'style') return t.style;
    if (prop === 'id') return String(t.id);
    return super._read(_st, t, prop);
  }
  get name(): string {
    return this.get_('name');
  }
  set name(v: string) {
    this.write((st, t) => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(v)) throw new FakeExcelError('InvalidArgument', `bad table name ${v}`);
      const other = tableByName(st, v);
      if (other && other !== t) throw new FakeExcelError('ItemAlreadyExists', `table ${v} exists`);
      t.name = v;
      this.context.fake.countWrite(0, undefined);
    });
  }
  get showHeaders(): boolean {
    return this.get_('showHeaders');
  }
  get showTotals(): boolean {
    return this.get_('showTotals');
  }
  set style(v: string) {
    this.write((_st, t) => {
      t.style = v;
      this.context.fake.countWrite(0, undefined);
    });
  }
  private part(f: (t: TableState) => Rect): FRange {
    return new FRange(this.context, (st) => {
      const t = this._resolve(st);
      const s = t ? sheetById(st, t.sheetId) : null;
      return t && s ? { sheet: s, ...f(t) } : null;
    });
  }
  getRange(): FRange {
    return this.part((t) => ({ r0: t.r0, c0: t.c0, r1: t.r1, c1: t.c1 }));
  }
  getHeaderRowRange(): FRange {
    return this.part((t) => ({ r0: t.r0, c0: t.c0, r1: t.r0, c1: t.c1 }));
  }
  getDataBodyRange(): FRange {
    return this.part((t) => ({ r0: t.r0 + 1, c0: t.c0, r1: t.r1, c1: t.c1 }));
  }
}

class FTableRows extends FObj<TableState> {
  constructor(
    context: FakeContext,
    readonly table: FTable,
  ) {
    super(context);
  }
  _resolve(st: WbState): TableState | null {
    return this.table._resolve(st);
  }
  protected override _read(_st: WbState, t: TableState, prop: string): unknown {
    if (prop === 'count') return t.r1 - t.r0;
    return super._read(_st, t, prop);
  }
  get count(): number {
    return this.get_('count');
  }
  add(index?: number | null, values?: unknown[][]): void {
    this.write((st, t) => {
      if (index !== null && index !== undefined)
        throw new FakeExcelError('InvalidArgument', 'fake: rows.add at end only');
      const cols = t.c1 - t.c0 + 1;
      const vals = values ?? [Array(cols).fill('')];
      if (vals.some((r) => r.length !== cols)) {
        throw new FakeExcelError('InvalidArgument', 'The number of columns does not match the table.');
      }
      const n = vals.length;
      const sheet = sheetById(st, t.sheetId)!;
      this.context.fake.countWrite(n * cols, vals);
      // Insert cells below the table (shift down, table columns only), like Excel.
      const moved = new Map<string, FakeCell>();
      for (const [k, c] of sheet.cells) {
        const [r, col] = k.split(',').map(Number);
        if (r > t.r1 && col >= t.c0 && col <= t.c1) moved.set(k, c);
      }
      for (const k of moved.keys()) sheet.cells.delete(k);
      for (const [k, c] of moved) {
        const [r, col] = k.split(',').map(Number);
        sheet.cells.set(key(r + n, col), c);
      }
      for (const v of sheet.validations) {
        if (v.c1 < t.c0 || v.c0 > t.c1) continue;
        if (v.r0 > t.r1) v.r0 += n;
        if (v.r1 >= t.r1) v.r1 += n;
      }
      // New rows take the formats of the last body row.
      const last = t.r1;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < cols; j++) {
          const src = sheet.cells.get(key(last, t.c0 + j));
          const base: FakeCell = { v: '' };
          if (src) {
            for (const f of ['nf', 'fill', 'fontColor', 'bold', 'wrap', 'fontSize'] as const) {
              if (src[f] !== undefined) (base as unknown as Record<string, unknown>)[f] = src[f];
            }
          }
          sheet.cells.set(key(last + 1 + i, t.c0 + j), base);
          writeCell(sheet, last + 1 + i, t.c0 + j, vals[i][j], false);
        }
      }
      t.r1 += n;
    });
  }
  /** TableRowCollection.getItemAt(index).delete(): "Deletes the row from the table" (ExcelApi 1.1,
   *  office-js-docs-reference excel.tablerow); cells of the table's columns below move up, like Excel. */
  getItemAt(index: number): { delete(): void } {
    return {
      delete: () =>
        this.write((st, t) => {
          const r = t.r0 + 1 + index;
          if (index < 0 || r > t.r1) throw new FakeExcelError('InvalidArgument', 'row index out of range');
          const sheet = sheetById(st, t.sheetId)!;
          this.context.fake.countWrite(0, undefined);
          const moved = new Map<string, FakeCell>();
          for (const [k, c] of sheet.cells) {
            const [rr, col] = k.split(',').map(Number);
            if (rr >= r && col >= t.c0 && col <= t.c1) moved.set(k, c);
          }
          for (const k of moved.keys()) sheet.cells.delete(k);
          for (const [k, c] of moved) {
            const [rr, col] = k.split(',').map(Number);
            if (rr > r) sheet.cells.set(key(rr - 1, col), c);
          }
          t.r1 -= 1;
        }),
    };
  }
}

class FTableColumns extends FObj<TableState> {
  constructor(
    context: FakeContext,
    readonly table: FTable,
  ) {
    super(context);
  }
  _resolve(st: WbState): TableState | null {
    return this.table._resolve(st);
  }
  add(index?: number | null, values?: unknown[][] | null, name?: string): void {
    this.write((st, t) => {
      if (index !== null && index !== undefined)
        throw new FakeExcelError('InvalidArgument', 'fake: columns.add at end only');
      const rows = t.r1 - t.r0 + 1;
      if (values && values.length !== rows) throw new FakeExcelError('InvalidArgument', 'column values size');
      const sheet = sheetById(st, t.sheetId)!;
      this.context.fake.countWrite(values ? rows : 1, values ?? name);
      const c = t.c1 + 1;
      // Insert cells to the right (shift right, table rows only), like Excel.
      const moved = new Map<string, FakeCell>();
      for (const [k, cell] of sheet.cells) {
        const [r, col] = k.split(',').map(Number);
        if (col >= c && r >= t.r0 && r <= t.r1) moved.set(k, cell);
      }
      for (const k of moved.keys()) sheet.cells.delete(k);
      for (const [k, cell] of moved) {
        const [r, col] = k.split(',').map(Number);
        sheet.cells.set(key(r, col + 1), cell);
      }
      let header = name ?? (values ? String(values[0][0]) : `Column${c - t.c0 + 1}`);
      const existing = new Set<string>();
      for (let j = t.c0; j <= t.c1; j++) existing.add(String(sheet.cells.get(key(t.r0, j))?.v ?? ''));
      if (existing.has(header)) {
        let i = 2;
        while (existing.has(`${header}${i}`)) i++;
        header = `${header}${i}`;
      }
      sheet.cells.set(key(t.r0, c), { v: header, quote: true });
      for (let i = 1; i < rows; i++) writeCell(sheet, t.r0 + i, c, values ? values[i][0] : '', false);
      t.c1 = c;
    });
  }
  getItemOrNullObject(name: string): FTableColumn {
    return orNull(new FTableColumn(this.context, this.table, name));
  }
}

class FTableColumn extends FObj<{ t: TableState; c: number }> {
  constructor(
    context: FakeContext,
    readonly table: FTable,
    readonly colName: string,
  ) {
    super(context);
  }
  _resolve(st: WbState): { t: TableState; c: number } | null {
    const t = this.table._resolve(st);
    if (!t) return null;
    const sheet = sheetById(st, t.sheetId)!;
    for (let c = t.c0; c <= t.c1; c++) {
      if (String(sheet.cells.get(key(t.r0, c))?.v ?? '').toLowerCase() === this.colName.toLowerCase()) return { t, c };
    }
    return null;
  }
  protected override _read(_st: WbState, x: { t: TableState; c: number }, prop: string): unknown {
    if (prop === 'index') return x.c - x.t.c0;
    if (prop === 'name') return this.colName;
    return super._read(_st, x, prop);
  }
  get index(): number {
    return this.get_('index');
  }
  getDataBodyRange(): FRange {
    return new FRange(this.context, (st) => {
      const x = this._resolve(st);
      return x ? { sheet: sheetById(st, x.t.sheetId)!, r0: x.t.r0 + 1, r1: x.t.r1, c0: x.c, c1: x.c } : null;
    });
  }
}

// ---------- print layout: merges, row heights, alignment, borders, margins, page breaks, print area ----------
// One block (attached to the classes above through their prototypes) so that it merges cleanly with
// other changes to this file. Each member follows the Office.js reference (learn.microsoft.com/
// javascript/api/excel/…) cited beside it.

type Edge = 'T' | 'B' | 'L' | 'R';

export interface SheetLayout {
  /** Merged areas (A1), in the order merged. */
  merges: string[];
  /** 1-based row → height in points. */
  rowHeights: Record<number, number>;
  /** A1 → horizontal alignment, vertical alignment, thin edges ('BLRT', sorted). */
  align: Record<string, { h?: string; v?: string }>;
  edges: Record<string, string>;
  /** Rows (1-based) that start a new printed page. */
  breaks: number[];
  printArea?: string;
  margins: { top?: number; bottom?: number; left?: number; right?: number };
  centerHorizontally?: boolean;
  /** Hidden columns, 1-based (Range.columnHidden). */
  hiddenCols?: number[];
}

function emptyLayout(): SheetLayout {
  return { merges: [], rowHeights: {}, align: {}, edges: {}, breaks: [], margins: {} };
}

function cloneLayout(l: SheetLayout): SheetLayout {
  return JSON.parse(JSON.stringify(l)) as SheetLayout;
}

function layoutOfSheet(s: SheetState): SheetLayout {
  s.layout ??= emptyLayout();
  return s.layout;
}

/** The print layout of a sheet as the fake holds it (tests). */
export function sheetLayout(fake: FakeExcel, sheetName: string): SheetLayout {
  const s = fake.state.sheets.find((x) => x.name === sheetName);
  if (!s) throw new Error(`no sheet ${sheetName}`);
  return cloneLayout(s.layout ?? emptyLayout());
}

const a1 = (r: number, c: number): string => `${colName(c)}${r + 1}`;

function eachCell(t: Rect, f: (r: number, c: number) => void): void {
  for (let r = t.r0; r <= t.r1; r++) for (let c = t.c0; c <= t.c1; c++) f(r, c);
}

/**
 * Range.merge(across) (ExcelApi 1.2): one merged area; as in Excel, only the upper-left cell keeps its
 * value (support.microsoft.com "Merge and unmerge cells"). A merge that overlaps an existing one fails,
 * as Excel refuses to merge part of a merged area.
 */
function rangeMerge(this: FRange, across?: boolean): void {
  this.write((_st, t) => {
    if (across) throw new FakeExcelError('InvalidArgument', 'fake: merge(across) is not modelled');
    const l = layoutOfSheet(t.sheet);
    if (l.merges.some((m) => overlaps(parseAddress(m), t)))
      throw new FakeExcelError('InvalidArgument', 'Cannot merge over part of a merged area.');
    eachCell(t, (r, c) => {
      if (r === t.r0 && c === t.c0) return;
      const cell = t.sheet.cells.get(key(r, c));
      if (cell) t.sheet.cells.set(key(r, c), { ...cell, v: '', f: undefined });
    });
    l.merges.push(rectAddress(t));
    this.context.fake.countWrite(0, undefined);
  });
}

/** RangeFormat.rowHeight (ExcelApi 1.2): the height in points of every row of the range. */
function setRowHeight(this: FRangeFormat, h: number): void {
  this.range['write']((_st: WbState, t: RangeTarget) => {
    const l = layoutOfSheet(t.sheet);
    for (let r = t.r0; r <= t.r1; r++) l.rowHeights[r + 1] = h;
    this.range.context.fake.countWrite(0, undefined);
  });
}

/** RangeFormat.horizontalAlignment / verticalAlignment (ExcelApi 1.1): on every cell of the range. */
function setAlign(this: FRangeFormat, which: 'h' | 'v', value: string): void {
  this.range['write']((_st: WbState, t: RangeTarget) => {
    const l = layoutOfSheet(t.sheet);
    eachCell(t, (r, c) => (l.align[a1(r, c)] = { ...l.align[a1(r, c)], [which]: value }));
    this.range.context.fake.countWrite(0, undefined);
  });
}

/**
 * RangeBorderCollection.getItem(index).style (ExcelApi 1.1): Edge* draws the outer edge of the range,
 * Inside* the lines between its cells; Excel rejects Inside* on a range with no inside. Only 'Continuous'
 * and 'None' are modelled; an edge is kept on the cells on both sides of it.
 */
function borderItem(format: FRangeFormat, index: string): { style: string } {
  const range = format.range;
  const set = (style: string) =>
    range['write']((_st: WbState, t: RangeTarget) => {
      if (style !== 'Continuous' && style !== 'None') throw new FakeExcelError('InvalidArgument', `fake: ${style}`);
      const l = layoutOfSheet(t.sheet);
      const mark = (r: number, c: number, e: Edge) => {
        const k = a1(r, c);
        const now = new Set((l.edges[k] ?? '').split('').filter((x) => x !== ''));
        if (style === 'None') now.delete(e);
        else now.add(e);
        l.edges[k] = [...now].sort().join('');
      };
      if (index.startsWith('Inside') && (index === 'InsideVertical' ? t.c0 === t.c1 : t.r0 === t.r1))
        throw new FakeExcelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      eachCell(t, (r, c) => {
        if (index === 'EdgeTop' && r === t.r0) mark(r, c, 'T');
        if (index === 'EdgeBottom' && r === t.r1) mark(r, c, 'B');
        if (index === 'EdgeLeft' && c === t.c0) mark(r, c, 'L');
        if (index === 'EdgeRight' && c === t.c1) mark(r, c, 'R');
        if (index === 'InsideHorizontal') {
          if (r > t.r0) mark(r, c, 'T');
          if (r < t.r1) mark(r, c, 'B');
        }
        if (index === 'InsideVertical') {
          if (c > t.c0) mark(r, c, 'L');
          if (c < t.c1) mark(r, c, 'R');
        }
      });
      range.context.fake.countWrite(0, undefined);
    });
  return {
    set style(v: string) {
      set(v);
    },
    get style(): string {
      throw notLoaded('style');
    },
  };
}

function writeLayout(page: FPageLayout, f: (l: SheetLayout, s: SheetState) => void): void {
  page['write']((_st: WbState, s: SheetState) => {
    f(layoutOfSheet(s), s);
    page.context.fake.countWrite(0, undefined);
  });
}

/** PageLayout.topMargin… (ExcelApi 1.9): margins in points. */
const MARGINS = { topMargin: 'top', bottomMargin: 'bottom', leftMargin: 'left', rightMargin: 'right' } as const;

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): PageBreakCollection.add(pageBreakRange) adds a break
 * before the top-left cell of the range (that row starts a new page); getCount; removePageBreaks.
 */
class FPageBreaks {
  constructor(readonly sheet: FWorksheet) {}
  add(at: string | FRange): void {
    const ws = this.sheet;
    ws['write']((st: WbState, s: SheetState) => {
      const r = typeof at === 'string' ? parseAddress(at) : at._resolve(st);
      if (!r) throw new FakeExcelError('ItemNotFound', 'The requested resource does not exist.');
      const l = layoutOfSheet(s);
      if (r.r0 > 0 && !l.breaks.includes(r.r0 + 1)) l.breaks = [...l.breaks, r.r0 + 1].sort((a, b) => a - b);
      ws.context.fake.countWrite(0, undefined);
    });
  }
  removePageBreaks(): void {
    this.sheet['write']((_st: WbState, s: SheetState) => {
      layoutOfSheet(s).breaks = [];
      this.sheet.context.fake.countWrite(0, undefined);
    });
  }
}

Object.defineProperty(FRange.prototype, 'merge', { value: rangeMerge });
Object.defineProperties(FRangeFormat.prototype, {
  rowHeight: {
    set(this: FRangeFormat, v: number) {
      setRowHeight.call(this, v);
    },
  },
  horizontalAlignment: {
    set(this: FRangeFormat, v: string) {
      setAlign.call(this, 'h', v);
    },
  },
  verticalAlignment: {
    set(this: FRangeFormat, v: string) {
      setAlign.call(this, 'v', v);
    },
  },
  borders: {
    get(this: FRangeFormat) {
      return { getItem: (index: string) => borderItem(this, index) };
    },
  },
});
Object.defineProperties(FPageLayout.prototype, {
  ...Object.fromEntries(
    Object.entries(MARGINS).map(([prop, side]) => [
      prop,
      {
        set(this: FPageLayout, v: number) {
          writeLayout(this, (l) => (l.margins[side] = v));
        },
      },
    ]),
  ),
  /** PageLayout.centerHorizontally (ExcelApi 1.9). */
  centerHorizontally: {
    set(this: FPageLayout, v: boolean) {
      writeLayout(this, (l) => (l.centerHorizontally = v));
    },
  },
  /** PageLayout.setPrintArea(string) (ExcelApi 1.9): kept as the absolute-free A1 address. */
  setPrintArea: {
    value(this: FPageLayout, area: string) {
      writeLayout(this, (l) => (l.printArea = rectAddress(parseAddress(area))));
    },
  },
});
Object.defineProperty(FWorksheet.prototype, 'horizontalPageBreaks', {
  get(this: FWorksheet) {
    return new FPageBreaks(this);
  },
});

/**
 * Range.columnHidden (ExcelApi 1.2, excel.range "columnHidden": "Represents if all columns in the
 * current range are hidden"): setting it hides (or shows) every column the range spans.
 */
function setColumnHidden(this: FRange, hidden: boolean): void {
  this['write']((_st: WbState, t: RangeTarget) => {
    const l = layoutOfSheet(t.sheet);
    const cols = new Set(l.hiddenCols ?? []);
    for (let c = t.c0; c <= t.c1; c++) {
      if (hidden) cols.add(c + 1);
      else cols.delete(c + 1);
    }
    l.hiddenCols = [...cols].sort((a, b) => a - b);
    this.context.fake.countWrite(0, undefined);
  });
}
Object.defineProperty(FRange.prototype, 'columnHidden', {
  set(this: FRange, v: boolean) {
    setColumnHidden.call(this, v);
  },
});
