// The print sheets (SPEC §7.1 "Print the paper forms") through both adapters: the Office.js adapter on
// the in-memory Excel and the .xlsx adapter saved to a file give the same cells, merges, row heights,
// borders, alignment, margins, page breaks and print areas, and neither overwrites a user's sheet.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as office from '../../src/excel';
import { printInput, printPlans, type PrintSheetPlan } from '../../src/plans/print';
import { applySheet as xlsxApplySheet, loadWorkbook, plainValue, writeWorkbookBuffer } from '../../src/xlsx';
import { FakeExcel, sheetLayout } from '../support/fake-excel';
import { fullWorkbook } from '../print/helpers';

type Scalar = string | number | boolean;

interface Layout {
  cells: Record<string, Scalar>;
  merges: string[];
  rowHeights: Record<number, number>;
  edges: Record<string, string>;
  align: Record<string, { h?: string; v?: string }>;
  breaks: number[];
  printArea?: string;
  /** Points. */
  margins: { top?: number; bottom?: number; left?: number; right?: number };
}

const plans = printPlans(printInput(fullWorkbook()));

async function viaOffice(list: PrintSheetPlan[]): Promise<{ fake: FakeExcel; layouts: Layout[] }> {
  const fake = new FakeExcel([{ name: 'Sheet1' }]);
  const gw = office.officeGateway(fake.ctx);
  for (const p of list) await gw.applySheet(p);
  const dump = fake.dump();
  const layouts = list.map((p) => {
    const s = dump.sheets.find((x) => x.name === p.name)!;
    const l = sheetLayout(fake, p.name);
    const cells: Record<string, Scalar> = {};
    for (const [a, c] of Object.entries(s.cells)) if (c.v !== '') cells[a] = c.v;
    const edges = Object.fromEntries(Object.entries(l.edges).filter(([, e]) => e !== ''));
    return { ...l, cells, edges, margins: l.margins };
  });
  return { fake, layouts };
}

const H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function xlsxLayout(ws: ExcelJS.Worksheet, breaks: number[]): Layout {
  const out: Layout = {
    cells: {},
    merges: [],
    rowHeights: {},
    edges: {},
    align: {},
    breaks,
    printArea: undefined,
    margins: {},
  };
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) out.rowHeights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = plainValue(cell.value);
      // A merged area's other cells read as its master's value in exceljs; Excel keeps them empty.
      if (v !== null && v !== '' && cell.master.address === cell.address) out.cells[cell.address] = v as Scalar;
      const b = cell.border;
      const e = (['B', 'L', 'R', 'T'] as const).filter(
        (k) => b?.[({ B: 'bottom', L: 'left', R: 'right', T: 'top' } as const)[k]]?.style,
      );
      if (e.length > 0) out.edges[cell.address] = e.join('');
      const a = cell.alignment;
      if (a?.horizontal || a?.vertical)
        out.align[cell.address] = {
          ...(a.horizontal ? { h: H[a.horizontal as keyof typeof H] } : {}),
          ...(a.vertical ? { v: V[a.vertical as keyof typeof V] } : {}),
        };
    });
  });
  out.merges = [...(ws.model as unknown as { merges: string[] }).merges];
  out.printArea = ws.pageSetup.printArea;
  const m = ws.pageSetup.margins!;
  out.margins = { top: m.top * 72, bottom: m.bottom * 72, left: m.left * 72, right: m.right * 72 };
  return out;
}

async function viaXlsx(list: PrintSheetPlan[]): Promise<Layout[]> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  for (const p of list) xlsxApplySheet(wb, p);
  const bytes = await writeWorkbookBuffer(wb);
  // exceljs does not read <rowBreaks> back: take them from the saved XML (<brk id> = last row of a page).
  const zip = await JSZip.loadAsync(bytes);
  const again = await loadWorkbook(bytes);
  return Promise.all(
    list.map(async (p, i) => {
      const xml = await zip.file(`xl/worksheets/sheet${i + 2}.xml`)!.async('string');
      const breaks = [...xml.matchAll(/<brk id="(\d+)"/gu)].map((m) => Number(m[1]) + 1);
      return xlsxLayout(again.getWorksheet(p.name)!, breaks);
    }),
  );
}

describe('contract: print sheets through the Office.js and the .xlsx adapter', () => {
  let off: Layout[];
  let xl: Layout[];
  let fake: FakeExcel;
  beforeAll(async () => {
    ({ fake, layouts: off } = await viaOffice(plans));
    xl = await viaXlsx(plans);
  });

  test.each(plans.map((p, i) => [p.name, i] as const))(
    '%s: same cells, merges, heights, borders, alignment',
    (_n, i) => {
      expect(off[i].cells).toEqual(xl[i].cells);
      expect([...off[i].merges].sort()).toEqual([...xl[i].merges].sort());
      expect(off[i].rowHeights).toEqual(xl[i].rowHeights);
      expect(off[i].edges).toEqual(xl[i].edges);
      expect(off[i].align).toEqual(xl[i].align);
    },
  );

  test.each(plans.map((p, i) => [p.name, i] as const))(
    '%s: same page breaks, print area and margins as planned',
    (_n, i) => {
      const p = plans[i];
      expect(off[i].breaks).toEqual([...p.print.rowBreaks]);
      expect(xl[i].breaks).toEqual([...p.print.rowBreaks]);
      expect(off[i].printArea).toBe(p.print.area);
      expect(xl[i].printArea).toBe(p.print.area);
      // 0.6 in = 43.2 pt on every side (PRINT_MARGINS); rounded to 0.01 pt.
      const round = (m: Layout['margins']) =>
        Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v * 100) / 100]));
      const pt = { top: 43.2, bottom: 43.2, left: 43.2, right: 43.2 };
      expect(round(off[i].margins)).toEqual(pt);
      expect(round(xl[i].margins)).toEqual(pt);
    },
  );

  test('the plans have what is compared: merges, borders, several pages', () => {
    expect(off.every((l) => l.merges.length > 0)).toBe(true);
    expect(off.slice(1).every((l) => Object.keys(l.edges).length > 0)).toBe(true);
    expect(plans.reduce((n, p) => n + p.print.rowBreaks.length, 0)).toBeGreaterThan(0);
  });

  test('Office.js: print sheets stay at 100 % (no fit-to-page), A4 portrait, centred', () => {
    for (const s of fake.dump().sheets.filter((x) => x.name.startsWith('打印-'))) {
      expect(s.page.zoom).toBeUndefined();
      expect(s.page.paperSize).toBe('A4');
      expect(s.page.orientation).toBe('Portrait');
      expect(sheetLayout(fake, s.name).centerHorizontally).toBe(true);
    }
  });

  test('Office.js: one print sheet takes 2 syncs; printing again replaces our own sheet', async () => {
    const before = fake.stats.syncs;
    await office.officeGateway(fake.ctx).applySheet(plans[3]);
    expect(fake.stats.syncs - before).toBe(2);
    expect(sheetLayout(fake, plans[3].name).breaks).toEqual([...plans[3].print.rowBreaks]);
  });

  test("a user's sheet of that name is reported in Chinese and left as it was, by both adapters", async () => {
    const plan = plans[0];
    const mine = new FakeExcel([{ name: plan.name, cells: { A1: '我的封面', B3: '手写内容' } }]);
    await expect(office.officeGateway(mine.ctx).applySheet(plan)).rejects.toThrow(/已有名为“打印-封面”的工作表/u);
    expect(mine.dump().sheets.map((s) => s.name)).toEqual([plan.name]);
    expect(mine.grid(plan.name, 'A1:B3')).toEqual([
      ['我的封面', ''],
      ['', ''],
      ['', '手写内容'],
    ]);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(plan.name).getCell('B3').value = '手写内容';
    expect(() => xlsxApplySheet(wb, plan)).toThrow(/不是由本加载项生成的/u);
    expect(wb.getWorksheet(plan.name)!.getCell('B3').value).toBe('手写内容');
  });
});
