// Reading print plans back in tests: cells by A1 address, the text of each printed page.
import { pagesOf, printedText, type PrintSheetPlan } from '../../src/plans/print';
import { parseCell } from '../../src/plans/print/a1';
import { workbook } from '../records/helpers';

export function cellAt(plan: PrintSheetPlan, ref: string): string | undefined {
  const p = parseCell(ref)!;
  const c = plan.cells.find((x) => x.row === p.row && x.col === p.col);
  return c ? printedText(c.value) : undefined;
}

/** Each printed page's non-empty cell texts, in reading order. */
export function pageTexts(plan: PrintSheetPlan): string[][] {
  return pagesOf(plan).map((page) =>
    page.rows.flatMap((r) => r.cells.map((c) => printedText(c.cell.value)).filter((t) => t !== '')),
  );
}

/** A roster of n students 学生001… in dorms of four. */
export function bigRoster(n: number): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => ({
    学号: `S${String(i + 1).padStart(3, '0')}`,
    姓名: `学生${String(i + 1).padStart(3, '0')}`,
    宿舍: `${Math.floor(i / 4) + 1}-101`,
  }));
}

/** n one-to-one talks, one per student of bigRoster, on successive days from 2026-09-08. */
export function talksWorkbook(n: number) {
  const talks = Array.from({ length: n }, (_, i) => ({
    序号: i + 1,
    姓名: `学生${String(i + 1).padStart(3, '0')}`,
    日期: new Date(Date.UTC(2026, 8, 8 + i)).toISOString().slice(0, 10),
    地点: '办公室',
    '时长（分钟）': 10,
    谈心内容: `第${i + 1}次谈心`,
  }));
  return workbook({ talks }, { roster: bigRoster(Math.max(n, 1)) });
}
