// SUMMARY.xlsx as written: real tables, frozen headers, A4, values only, input text kept as text.
import ExcelJS from 'exceljs';
import * as path from 'path';
import { consolidate } from '../../src/consolidate/core';
import type { ClassFileOk } from '../../src/consolidate/types';
import { summaryMarker } from '../../src/consolidate/marker';
import { writeSummaryFile } from '../../src/consolidate/write';
import { tmpDir } from '../cli/helpers';

const DANGEROUS = ['=HYPERLINK("http://example.invalid","x")', '+1+2', '-3', '@SUM(A1)'];

function cls(i: number, text: string): ClassFileOk {
  return {
    file: `${text}.xlsx`,
    evaluation: {
      schema: 1,
      profile: '财经学院',
      class: text,
      advisor: text,
      semester: 1,
      grade: '合格',
      asOf: null,
      score: 70 + i,
      minimums: [],
      bonuses: [],
      diagnostics: [],
      window: { start: null, end: null, weeks: 18 },
    },
    settings: {
      department: text,
      className: text,
      advisor: text,
      academicYear: 2026,
      semester: 1,
      profile: '财经学院',
    },
  };
}

it('writes tables with frozen headers on A4, and text from inputs that looks like a formula stays text', async () => {
  const c = consolidate(
    DANGEROUS.map((t, i) => cls(i, t)),
    { ratio: 0.3, mask: false, history: [], date: '2027-01-15' },
  );
  const file = path.join(tmpDir(), 'SUMMARY.xlsx');
  await writeSummaryFile(c, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const strings: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeFalsy(); // values only
        if (typeof cell.value === 'string') strings.push(cell.value);
      }),
    );
    expect(ws.pageSetup.paperSize).toBe(9); // A4
  }
  for (const t of DANGEROUS) expect(strings).toContain(t);
  for (const name of ['汇总', '班级明细', '问题', '汇总结果']) {
    const ws = wb.getWorksheet(name)!;
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toHaveLength(1);
    // Row 1 is the marker, row 2 the header: both stay in view; the header repeats on every page.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getCell('A1').value).toBe(summaryMarker(name));
    expect(ws.pageSetup.printTitlesRow).toBe('2:2');
  }
});
