// The print sheets as the .xlsx adapter saves them (src/xlsx applySheet): the print area is absolute in
// both rows and columns (exceljs leaves rows relative unless told, and LibreOffice then ignores the
// area), every planned page break is a <brk> after the row before it, merges and margins are written.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { printInput, printPlans, type PrintSheetPlan } from '../../src/plans/print';
import { applySheet } from '../../src/xlsx';
import { exceljsPrintArea } from '../../src/xlsx/write';
import { fullWorkbook } from './helpers';

async function savedXml(plans: PrintSheetPlan[]): Promise<{ book: string; sheets: string[] }> {
  const wb = new ExcelJS.Workbook();
  for (const plan of plans) applySheet(wb, plan);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = await Promise.all(plans.map((_, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string')));
  return { book, sheets };
}

describe('print sheets saved by the .xlsx adapter', () => {
  const plans = printPlans(printInput(fullWorkbook()));
  let xml: { book: string; sheets: string[] };
  beforeAll(async () => {
    xml = await savedXml(plans);
  });

  test('each print area is fully absolute and leaves the marker row out', () => {
    plans.forEach((plan, i) => {
      const [a, b] = plan.print.area.split(':');
      const abs = (ref: string) => ref.replace(/([A-Z]+)(\d+)/u, '$$$1$$$2');
      const want = `<definedName name="_xlnm.Print_Area" localSheetId="${i}">&apos;${plan.name}&apos;!${abs(a)}:${abs(b)}</definedName>`;
      expect(xml.book).toContain(want);
      expect(plan.print.area.startsWith('A2:')).toBe(true);
    });
  });

  test('page breaks: one <brk> per planned break, on the row before it', () => {
    plans.forEach((plan, i) => {
      const ids = [...xml.sheets[i].matchAll(/<brk id="(\d+)"/gu)].map((m) => Number(m[1]));
      expect(ids).toEqual(plan.print.rowBreaks.map((r) => r - 1));
    });
  });

  test('merges and margins are written as planned', () => {
    plans.forEach((plan, i) => {
      const merges = [...xml.sheets[i].matchAll(/<mergeCell ref="([A-Z0-9:]+)"/gu)].map((m) => m[1]);
      expect(merges.sort()).toEqual([...(plan.merges ?? [])].sort());
      expect(xml.sheets[i]).toContain(`<pageMargins left="${plan.print.margins!.left}"`);
    });
  });

  test('exceljsPrintArea makes rows absolute whatever the input (exceljs adds the column $)', () => {
    expect(exceljsPrintArea('A2:D12')).toBe('A$2:D$12');
    expect(exceljsPrintArea('$A$2:$D$12')).toBe('A$2:D$12');
    expect(exceljsPrintArea('A2:D12,F2:G3')).toBe('A$2:D$12&&F$2:G$3');
  });
});
