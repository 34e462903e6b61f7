// A third-party reader: LibreOffice (headless) opens SUMMARY.xlsx and a plan using every field as
// src/sheetml writes them, saves them again as .xlsx, and every planned cell holds the plan's value.
// Skipped (with a message) without soffice; a failure in CI, as the other LibreOffice tests.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { summaryPlans } from '../../src/consolidate/sheets';
import type { PlanValue, SheetPlan } from '../../src/plans/model';
import { cleanText } from '../../src/plans/text';
import { dateFromDay } from '../../src/rules/days';
import { writeXlsx } from '../../src/sheetml';
import { tmpDir } from '../cli/helpers';
import { findSoffice, resaveWithLibreOffice } from '../intake/fixtures';
import { everyFieldPlans, richConsolidation } from './fixtures';

const soffice = findSoffice();
const maybe = soffice || process.env.CI ? describe : describe.skip;
if (!soffice)
  console.warn('[sheetml/libreoffice] SKIPPED: soffice not found (apt-get install libreoffice-calc-nogui).');

/** The value a planned cell must read back as (a formula: its text; its result is checked apart). */
function expected(v: PlanValue): unknown {
  if (v === null || v === '') return null;
  if (typeof v === 'string') return cleanText(v);
  if (typeof v !== 'object') return v;
  return 'day' in v ? dateFromDay(v.day).toISOString() : { formula: v.formula.replace(/^=/, '') };
}

function actual(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === 'object' && 'formula' in v) {
    // LibreOffice saves a boolean as the formula TRUE() or FALSE() (exceljs reads FALSE()'s 0 as no result).
    if (v.formula === 'TRUE()' || v.formula === 'FALSE()') return v.formula === 'TRUE()';
    return { formula: v.formula };
  }
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v ?? null;
}

/** Every planned value by address: the cells, then each table's header and rows (as the writer lays them out). */
function plannedValues(plan: SheetPlan): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const set = (r: number, c: number, v: PlanValue) => out.set(`${r},${c}`, expected(v));
  for (const c of plan.cells) set(c.row, c.col, c.value);
  for (const t of plan.tables) {
    t.columns.forEach((col, j) => set(t.headerRow, t.firstCol + j, col.header));
    t.rows.forEach((row, i) => row.forEach((v, j) => set(t.headerRow + 1 + i, t.firstCol + j, v)));
  }
  return out;
}

maybe('LibreOffice opens what src/sheetml writes', () => {
  const books: Record<string, SheetPlan[]> = {
    summary: summaryPlans(richConsolidation(false)),
    masked: summaryPlans(richConsolidation(true)),
    every: everyFieldPlans("It's 全部"),
  };
  const read: Record<string, ExcelJS.Workbook> = {};

  beforeAll(async () => {
    const dir = tmpDir();
    const inputs: Record<string, string> = {};
    for (const [name, plans] of Object.entries(books)) {
      inputs[name] = path.join(dir, `${name}.xlsx`);
      fs.writeFileSync(inputs[name], writeXlsx(plans));
    }
    // One soffice run re-saves them all as .xlsx (the intake tests' helper).
    const saved = resaveWithLibreOffice(soffice!, dir, inputs);
    for (const name of Object.keys(books)) {
      read[name] = new ExcelJS.Workbook();
      await read[name].xlsx.readFile(saved[`lo-${name}`]);
    }
  }, 240_000);

  it.each(Object.keys(books))('%s: every sheet, and every planned cell holds its value', (name) => {
    const wb = read[name];
    expect(wb.worksheets.map((w) => w.name)).toEqual(books[name].map((p) => p.name));
    for (const plan of books[name]) {
      const ws = wb.getWorksheet(plan.name)!;
      for (const [key, want] of plannedValues(plan)) {
        const [r, c] = key.split(',').map(Number);
        const cell = ws.getCell(r, c);
        if (cell.isMerged && cell.master !== cell) continue; // a merge shows its top-left cell only
        expect([plan.name, r, c, actual(ws.getCell(r, c).value)]).toEqual([plan.name, r, c, want]);
      }
    }
  });

  it('computes the formulas and keeps the print titles and area of a quoted sheet name', () => {
    const ws = read.every.getWorksheet("It's 全部")!;
    expect((ws.getCell('G2').value as ExcelJS.CellFormulaValue).result).toBe(40.75);
    expect((ws.getCell('B5').value as ExcelJS.CellFormulaValue).result).toBeCloseTo(24.68);
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    expect(ws.pageSetup.printArea).toBe('A3:F12');
  });
});
