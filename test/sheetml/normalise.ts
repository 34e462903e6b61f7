// Reading an .xlsx back (exceljs, plus the raw parts for what exceljs does not read: quote prefix, row
// breaks, defined names) into one plain model, so two writers' files can be compared field by field.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { colLetter } from '../../src/plans/a1';

export interface CellModel {
  type: string;
  value: unknown;
  numFmt: string;
  font: { bold: boolean; size: number; color: string | null };
  fill: string | null;
  alignment: { wrap: boolean; horizontal: string | null; vertical: string | null };
  border: boolean;
}

export interface SheetModel {
  cells: Record<string, CellModel>;
  merges: string[];
  columns: Record<number, { width: number | null; hidden: boolean; numFmt: string; wrap: boolean }>;
  rowHeights: Record<number, number>;
  tables: Array<{ name: string; ref: string; columns: string[]; style: string | null; stripes: boolean }>;
  view: { state: string; ySplit: number; topLeftCell: string | null } | null;
  pageSetup: Record<string, unknown>;
  validations: Record<string, unknown>;
}

export interface BookModel {
  sheets: Record<string, SheetModel>;
  /** sheet!A1 of cells whose style has quotePrefix="1". */
  quotePrefixed: string[];
  /** Sheet name → row break ids. */
  rowBreaks: Record<string, number[]>;
  definedNames: string[];
}

const kindOf = (v: unknown): string =>
  v === null || v === undefined
    ? 'null'
    : v instanceof Date
      ? 'date'
      : typeof v === 'object'
        ? 'formula' in (v as object)
          ? 'formula'
          : 'object'
        : typeof v;

function cellModel(cell: ExcelJS.Cell): CellModel {
  const v = cell.value;
  const f = cell.font ?? {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const b = cell.border ?? {};
  const value = v instanceof Date ? v.toISOString() : v && typeof v === 'object' && 'formula' in v ? v.formula : v;
  return {
    type: kindOf(v),
    value: value ?? null,
    numFmt: cell.numFmt || 'General',
    font: { bold: !!f.bold, size: f.size ?? 11, color: f.color?.argb ?? null },
    fill: fill?.type === 'pattern' && fill.pattern === 'solid' ? (fill.fgColor?.argb ?? null) : null,
    alignment: {
      wrap: !!cell.alignment?.wrapText,
      horizontal: cell.alignment?.horizontal ?? null,
      vertical: cell.alignment?.vertical ?? null,
    },
    border: ['top', 'left', 'bottom', 'right'].every((e) => b[e as 'top']?.style === 'thin'),
  };
}

const PLAIN = JSON.stringify(cellModel({ value: null } as ExcelJS.Cell));

function sheetModel(ws: ExcelJS.Worksheet): SheetModel {
  const cells: Record<string, CellModel> = {};
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null && row.height !== 15) rowHeights[r] = row.height;
    // The cells the file holds (row.eachCell with includeEmpty would create the gaps).
    for (const cell of (row as unknown as { _cells: Array<ExcelJS.Cell | undefined> })._cells) {
      if (!cell) continue;
      const m = cellModel(cell);
      if (m.type !== 'null' || JSON.stringify(m) !== PLAIN) cells[cell.address] = m;
    }
  });
  const columns: SheetModel['columns'] = {};
  for (let c = 1; c <= 64; c++) {
    const col = ws.getColumn(c);
    const m = {
      width: col.width ?? null,
      hidden: !!col.hidden,
      numFmt: col.numFmt || 'General',
      wrap: !!col.alignment?.wrapText,
    };
    if (m.width !== null || m.hidden || m.numFmt !== 'General' || m.wrap) columns[c] = m;
  }
  const tables = Object.values((ws as unknown as { tables: Record<string, { model: Record<string, unknown> }> }).tables)
    .map(({ model }) => ({
      name: String(model.name),
      ref: String(model.tableRef),
      columns: (model.columns as Array<{ name: string }>).map((c) => c.name),
      style: ((model.style as { theme?: string } | undefined)?.theme ?? null) || null,
      stripes: !!(model.style as { showRowStripes?: boolean } | undefined)?.showRowStripes,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const v = ws.views?.[0];
  const p = ws.pageSetup;
  const validations: Record<string, unknown> = {};
  const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations;
  for (const [address, d] of Object.entries(dv.model)) {
    validations[address] = {
      type: d.type,
      formulae: d.formulae,
      allowBlank: !!d.allowBlank,
      showErrorMessage: !!d.showErrorMessage,
      errorStyle: d.errorStyle ?? 'stop',
      errorTitle: d.errorTitle,
      error: d.error,
    };
  }
  return {
    cells,
    merges: [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort(),
    columns,
    rowHeights,
    tables,
    view: v?.state === 'frozen' ? { state: v.state, ySplit: v.ySplit ?? 0, topLeftCell: v.topLeftCell ?? null } : null,
    pageSetup: {
      paperSize: p.paperSize,
      orientation: p.orientation,
      fitToPage: !!p.fitToPage,
      fitToWidth: p.fitToPage ? p.fitToWidth : undefined,
      fitToHeight: p.fitToPage ? p.fitToHeight : undefined,
      horizontalCentered: !!p.horizontalCentered,
      margins: p.margins,
      printTitlesRow: p.printTitlesRow,
      printArea: p.printArea,
    },
    validations,
  };
}

/** The raw parts: which cells carry quotePrefix, row breaks and defined names per sheet. */
function rawParts(bytes: Uint8Array, names: string[]): Omit<BookModel, 'sheets'> {
  const parts = unzipSync(bytes);
  const text = (p: string) => (parts[p] ? strFromU8(parts[p]) : '');
  const styles = text('xl/styles.xml');
  const xfs = (styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').match(/<xf\b[^>]*>/g) ?? [];
  const prefixed = new Set(xfs.flatMap((x, i) => (/quotePrefix="(1|true)"/.test(x) ? [i] : [])));
  const quotePrefixed: string[] = [];
  const rowBreaks: Record<string, number[]> = {};
  names.forEach((name, i) => {
    const xml = text(`xl/worksheets/sheet${i + 1}.xml`);
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"/g)) {
      if (prefixed.has(Number(m[2]))) quotePrefixed.push(`${name}!${m[1]}`);
    }
    rowBreaks[name] = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
  });
  const definedNames = [...text('xl/workbook.xml').matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)]
    .map((m) => m[0].replace(/\s+hidden="[^"]*"/, '').replace(/&apos;/g, "'"))
    .sort();
  return { quotePrefixed: quotePrefixed.sort(), rowBreaks, definedNames };
}

export async function readModel(bytes: Uint8Array): Promise<BookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, SheetModel> = {};
  for (const ws of wb.worksheets) sheets[ws.name] = sheetModel(ws);
  return {
    sheets,
    ...rawParts(
      bytes,
      wb.worksheets.map((w) => w.name),
    ),
  };
}

export interface Difference {
  path: string[];
  ours: unknown;
  theirs: unknown;
}

/** Every leaf that differs (a missing key is undefined on its side). */
export function differences(a: unknown, b: unknown, path: string[] = []): Difference[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k]),
    );
  }
  return [{ path, ours: a, theirs: b }];
}

export const showDifference = (d: Difference): string =>
  `${d.path.join('.')}: ${JSON.stringify(d.ours)} ≠ ${JSON.stringify(d.theirs)}`;

export { colLetter };
