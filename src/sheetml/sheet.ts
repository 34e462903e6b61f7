// One worksheet part (ECMA-376 Part 1, 18.3.1.99 CT_Worksheet; its children in the schema's order).
import { DATE_FORMAT } from '../records/schema';
import type { PlanValue, SheetPlan } from '../plans/model';
import { colLetter, formatRange } from '../plans/a1';
import { listFormula, listMessages } from '../plans/validation';
import { cleanText, looksLikeFormula, MAX_CELL_CHARS } from '../plans/text';
import { serialFromDay } from '../rules/days';
import { listRanges, type Grid, type GridCell } from './grid';
import { combine, type StyleBook, type XStyle } from './styles';
import { attr, esc, NS_MAIN, NS_REL, tElement, XML_HEAD } from './xml';

/** Where a sheet's text cells go: a shared string index, or inline. */
export interface Strings {
  /** Index into sharedStrings.xml, or null to write the text inline. */
  index(text: string): number | null;
}

const QUOTE_PREFIX: XStyle = { quotePrefix: true };
const DATE: XStyle = { numberFormat: DATE_FORMAT };

/** Excel's default margins (inches) when a plan gives none; header and footer are 0.3 either way. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };

/** Characters cleanText would change (XML-forbidden controls, \r, U+FFFE/U+FFFF): most texts have none. */
const NEEDS_CLEANING = /[\u0000-\u0008\u000b\u000c\u000d-\u001f\ufffe\uffff]/;

/** Style and XML of one cell, pushed onto `out`; a formula-looking text gets the quote prefix, a day the date format. */
function cellXml(out: string[], ref: string, cell: GridCell, styles: StyleBook, strings: Strings): void {
  const v: PlanValue = cell.value === '' ? null : cell.value;
  let style: XStyle | undefined = cell.style;
  let body = '';
  let type = '';
  if (typeof v === 'string') {
    const text = v.length <= MAX_CELL_CHARS && !NEEDS_CLEANING.test(v) ? v : cleanText(v);
    // A text that cleaning empties (only control characters) is an empty cell.
    if (text !== '') {
      if (looksLikeFormula(text)) style = combine(style, QUOTE_PREFIX);
      const i = strings.index(text);
      if (i === null) [type, body] = [' t="inlineStr"', `<is>${tElement(text)}</is>`];
      else [type, body] = [' t="s"', `<v>${i}</v>`];
    }
  } else if (typeof v === 'number') {
    if (Number.isFinite(v)) body = `<v>${Object.is(v, -0) ? 0 : v}</v>`; // xsd:double; NaN/∞ stay blank
  } else if (typeof v === 'boolean') {
    [type, body] = [' t="b"', `<v>${v ? 1 : 0}</v>`];
  } else if (v && 'day' in v) {
    // The 1900 date system (18.17.4.1); the cell's own format wins, as in the .xlsx adapter.
    if (!style?.numberFormat) style = combine(style, DATE);
    body = `<v>${serialFromDay(v.day)}</v>`;
  } else if (v) {
    body = `<f>${esc(v.formula.replace(/^=/, ''))}</f>`; // no cached value: calcPr fullCalcOnLoad computes it
  }
  const s = styles.id(style);
  out.push('<c r="', ref, s ? `" s="${s}"` : '"', type, body ? `>${body}</c>` : '/>');
}

function sheetData(plan: SheetPlan, grid: Grid, styles: StyleBook, strings: Strings): string {
  const heights = plan.rowHeights ?? {};
  const rowNos = new Set([...grid.rows.keys(), ...Object.keys(heights).map(Number)]);
  const out: string[] = ['<sheetData>'];
  const letters: string[] = [];
  for (const r of [...rowNos].sort((a, b) => a - b)) {
    const h = heights[r];
    const row = grid.rows.get(r);
    const ht = h !== undefined ? ` ht="${h}" customHeight="1"` : '';
    if (!row || row.size === 0) {
      out.push(`<row r="${r}"${ht}/>`);
      continue;
    }
    out.push(`<row r="${r}"${ht}>`);
    for (const c of [...row.keys()].sort((a, b) => a - b)) {
      cellXml(out, `${(letters[c] ??= colLetter(c))}${r}`, row.get(c)!, styles, strings);
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
  return out.join('');
}

/** <cols> (18.3.1.13): widths, hidden columns and the column formats of tables, one <col> per column. */
function cols(plan: SheetPlan, grid: Grid, styles: StyleBook): string {
  const widths = plan.widths ?? [];
  const hidden = new Set(plan.hiddenCols ?? []);
  const all = new Set([...widths.keys()].map((i) => i + 1).concat([...hidden], [...grid.colStyles.keys()]));
  const out = [...all]
    .sort((a, b) => a - b)
    .map((c) => {
      const w = widths[c - 1];
      const s = styles.id(grid.colStyles.get(c));
      return (
        `<col min="${c}" max="${c}" width="${w ?? 9}"` + // 9: as exceljs writes an unsized column
        `${s ? ` style="${s}"` : ''}${hidden.has(c) ? ' hidden="1"' : ''}${w !== undefined ? ' customWidth="1"' : ''}/>`
      );
    });
  return out.length ? `<cols>${out.join('')}</cols>` : '';
}

/** <sheetViews> with the top rows frozen (18.3.1.66 pane: ySplit rows, topLeftCell below them). */
function sheetViews(plan: SheetPlan, first: boolean): string {
  const n = plan.freezeRows ?? 0;
  const selected = first ? ' tabSelected="1"' : '';
  if (n <= 0) return `<sheetViews><sheetView workbookViewId="0"${selected}/></sheetViews>`;
  const below = `A${n + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${selected}>` +
    `<pane ySplit="${n}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/></sheetView></sheetViews>`
  );
}

/** <dataValidations> (18.3.1.33): the tables' list columns, then the plan's lists. */
function validations(plan: SheetPlan, grid: Grid): string {
  const lists = [
    ...grid.tables.flatMap(listRanges).map(({ range, col }) => ({
      range,
      values: col.list ?? [],
      strict: !!col.strict,
      title: col.header,
    })),
    ...(plan.lists ?? []).map((l) => ({ ...l, strict: !!l.strict })),
  ];
  const out = lists.map((l) => {
    const m = listMessages(l.title, l.values);
    return (
      `<dataValidation type="list" errorStyle="${l.strict ? 'stop' : 'warning'}" allowBlank="1"` +
      `${l.strict ? ' showErrorMessage="1"' : ''} errorTitle="${attr(m.errorTitle)}" error="${attr(m.error)}"` +
      ` sqref="${attr(l.range.replace(/\$/g, ''))}"><formula1>${esc(listFormula(l.values))}</formula1></dataValidation>`
    );
  });
  return out.length ? `<dataValidations count="${out.length}">${out.join('')}</dataValidations>` : '';
}

/** Print settings: 18.3.1.70 printOptions, 18.3.1.62 pageMargins, 18.3.1.63 pageSetup, 18.3.1.73 rowBreaks. */
function printParts(plan: SheetPlan): string {
  const p = plan.print;
  const m = p?.margins ?? DEFAULT_MARGINS;
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>`;
  if (!p) return margins;
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  const breaks = (p.rowBreaks ?? []).filter((r) => r > 1);
  // A break is stored after the row above the one that starts the page (brk@id = r − 1).
  const brk = breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('');
  return (
    (p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    margins +
    `<pageSetup paperSize="9" orientation="${p.orientation}"${fit}/>` +
    (brk ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</rowBreaks>` : '')
  );
}

/** The worksheet XML; `tableRids` are the relationship ids of its table parts, in plan order. */
export function sheetXml(
  plan: SheetPlan,
  grid: Grid,
  styles: StyleBook,
  strings: Strings,
  first: boolean,
  tableRids: readonly string[],
): string {
  const data = sheetData(plan, grid, styles, strings);
  const merges = (plan.merges ?? []).map((m) => `<mergeCell ref="${attr(m.replace(/\$/g, ''))}"/>`);
  const fitToPage = plan.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    fitToPage +
    dimension(grid) +
    sheetViews(plan, first) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols(plan, grid, styles) +
    data +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    validations(plan, grid) +
    printParts(plan) +
    (tableRids.length
      ? `<tableParts count="${tableRids.length}">${tableRids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`
      : '') +
    '</worksheet>'
  );
}

/** <dimension> (18.3.1.35): the used range, A1 for an empty sheet. */
function dimension(grid: Grid): string {
  const r = { top: Infinity, bottom: 0, left: Infinity, right: 0 };
  for (const [row, cells] of grid.rows) {
    for (const c of cells.keys()) {
      r.top = Math.min(r.top, row);
      r.bottom = Math.max(r.bottom, row);
      r.left = Math.min(r.left, c);
      r.right = Math.max(r.right, c);
    }
  }
  return r.bottom === 0 ? '<dimension ref="A1"/>' : `<dimension ref="${formatRange(r)}"/>`;
}
