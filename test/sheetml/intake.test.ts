// Our own streaming reader (src/intake: zip, parts, the sheet byte reader) on what src/sheetml writes:
// every sheet's cells read as exceljs reads them, and the 汇总结果 table — found through its table
// part, as readXlsx finds record tables — parses back into this term's results (the --history rows).
import ExcelJS from 'exceljs';
import { parseResultRows } from '../../src/consolidate/history';
import { TABLE_NAMES } from '../../src/consolidate/labels';
import { summaryPlans } from '../../src/consolidate/sheets';
import { readXlsx } from '../../src/intake';
import { readDateStyles, readRels, readSharedStrings, readTablePart, readWorkbookPart } from '../../src/intake/parts';
import { readSheet, type Block } from '../../src/intake/sheet';
import { ZipParts } from '../../src/intake/zip';
import { parseRef } from '../../src/plans/a1';
import { plainValue } from '../../src/xlsx/cells';
import { writeXlsx } from '../../src/sheetml';
import { everyFieldPlans, richConsolidation } from './fixtures';

interface Read {
  sheets: Map<string, unknown[][]>;
  tables: Map<string, { sheet: string; ref: string }>;
}

/** Every sheet from A1 and every table part, through src/intake's own pieces. */
function intakeRead(bytes: Uint8Array): Read {
  const zip = new ZipParts(bytes, 'test', 1 << 26);
  const rels = readRels(zip, 'test', 'xl/workbook.xml');
  const wb = readWorkbookPart(zip, 'test', 'xl/workbook.xml', rels);
  const target = (type: RegExp) => [...rels.values()].find((r) => type.test(r.type))?.target;
  const ctx = {
    sharedStrings: readSharedStrings(zip, 'test', target(/\/sharedStrings$/)),
    dateStyles: readDateStyles(zip, 'test', target(/\/styles$/)),
    date1904: wb.date1904,
  };
  const out: Read = { sheets: new Map(), tables: new Map() };
  for (const s of wb.sheets) {
    const block: Block = { rect: { top: 1, left: 1, bottom: 10_000, right: 100 }, rows: [], lastRow: 0, table: s.name };
    readSheet({ zip, label: 'test', sheetName: s.name, part: s.part!, ctx }, [block]);
    out.sheets.set(
      s.name,
      block.rows.map((r) => r ?? []),
    );
    for (const rel of readRels(zip, 'test', s.part!).values()) {
      const t = /\/table$/.test(rel.type) ? readTablePart(zip, 'test', rel.target) : null;
      if (t) out.tables.set(t.name, { sheet: s.name, ref: t.ref });
    }
  }
  return out;
}

/** The same cells as exceljs reads them (dates as Dates, formulas as their missing result: null). */
async function exceljsRows(bytes: Uint8Array): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map<string, unknown[][]>();
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const v = cell.isMerged && cell.master !== cell ? null : plainValue(cell.value); // exceljs: the master's
        if (v !== null) (rows[r - 1] ??= [])[c - 1] = v;
      });
    });
    out.set(ws.name, rows);
  }
  return out;
}

/** Rows without trailing holes, holes as null: both readers' shapes made comparable. */
const tidy = (rows: unknown[][]): unknown[][] =>
  Array.from(rows, (r) => Array.from(r ?? [], (v) => (v === undefined ? null : v))).map((r) => {
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });

it.each([
  ['the summary', () => summaryPlans(richConsolidation(false))],
  ['the every-field plan', () => everyFieldPlans()],
])('%s: every sheet reads the same through src/intake as through exceljs', async (_, plans) => {
  const bytes = writeXlsx(plans());
  const ours = intakeRead(bytes);
  const theirs = await exceljsRows(bytes);
  expect([...ours.sheets.keys()]).toEqual([...theirs.keys()]);
  for (const [name, rows] of theirs) expect([name, tidy(ours.sheets.get(name)!)]).toEqual([name, tidy(rows)]);
});

it('the 汇总结果 table, found by its table part, parses back into the results (what --history reads)', () => {
  const c = richConsolidation(true);
  const bytes = writeXlsx(summaryPlans(c));
  const ours = intakeRead(bytes);
  const table = ours.tables.get(TABLE_NAMES.results)!;
  const rect = parseRef(table.ref)!;
  const values = ours.sheets
    .get(table.sheet)!
    .slice(rect.top - 1, rect.bottom)
    .map((r) => Array.from({ length: rect.right - rect.left + 1 }, (_, j) => r[rect.left - 1 + j] ?? null));
  expect(parseResultRows(values)).toEqual({ rows: c.results, problems: [] });
  // readXlsx itself opens the file (it holds no record tables: nothing to read, nothing refused).
  expect(Object.keys(readXlsx(bytes).raw.tables)).toEqual([]);
});
