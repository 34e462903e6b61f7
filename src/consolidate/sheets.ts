// SUMMARY.xlsx as plain-data SheetPlans (src/plans/model): 汇总, 班级明细, 问题, 说明 and the
// machine-readable 汇总结果 (SPEC §7.2). Values only; every text from an input is a string, which the
// adapters always write as text. A1 of every sheet holds its marker (outside the data and the print
// area), so writing the summary into a workbook again replaces OUR sheets and never a user's.
import type { CellPlan, ColumnPlan, PlanValue, PrintPlan, SheetPlan, TablePlan } from '../plans/model';
import type { MinimumResult } from '../rules/model';
import { yearText } from './json';
import { RESULT_HEADERS, SHEETS, STATUS_TEXT, TABLE_NAMES } from './labels';
import { markerCell, MARKER_ROW_HEIGHT, summaryMarker } from './marker';
import { notesSheet } from './notes';
import type { AdvisorRow, ClassRow, Consolidation } from './types';

const TABLE_STYLE = 'TableStyleMedium2';
/** Row 1 holds the marker; each table's header is row 2. */
const HEADER_ROW = 2;

const col = (header: string, width = 12, wrap = false): ColumnPlan => ({ header, width, wrap });
const semesterText = (s: 1 | 2 | null): PlanValue => (s === null ? null : s);

/**
 * A4 landscape, one page wide, the header repeated on every page. No print area: the in-memory Excel
 * the pane is tested on does not model setPrintArea, and the marker row is only 9 pt of small grey text.
 */
const PRINT: PrintPlan = {
  paper: 'A4',
  orientation: 'landscape',
  fitToWidth: true,
  titleRows: [HEADER_ROW, HEADER_ROW],
};

/** One table from A2 (the marker in A1 above it) with a frozen header, printed on A4 landscape. */
function tableSheet(name: string, table: string, columns: ColumnPlan[], rows: PlanValue[][]): SheetPlan {
  const plan: TablePlan = { name: table, headerRow: HEADER_ROW, firstCol: 1, columns, rows, style: TABLE_STYLE };
  const cells: CellPlan[] = [markerCell(name)];
  return {
    name,
    marker: summaryMarker(name),
    cells,
    widths: columns.map((c) => c.width ?? 12),
    rowHeights: { 1: MARKER_ROW_HEIGHT },
    tables: [plan],
    freezeRows: HEADER_ROW,
    print: PRINT,
  };
}

/** Minimum names in the order they first appear over all classes (the profiles differ). */
function minimumNames(classes: readonly ClassRow[]): string[] {
  const names: string[] = [];
  for (const c of classes) for (const m of c.minimums) if (!names.includes(m.name)) names.push(m.name);
  return names;
}

function summarySheet(c: Consolidation, names: readonly string[]): SheetPlan {
  const columns = [
    col('排名', 6),
    col('班主任', 12),
    col('院系', 12),
    col('考核规则', 10),
    col('班级', 20, true),
    col('结论', 8),
    col('得分', 8),
    ...names.map((n) => col(n, 10)),
    col('标记', 40, true),
    col('说明', 36, true),
  ];
  const row = (a: AdvisorRow): PlanValue[] => [
    a.rank,
    a.advisor,
    a.department,
    a.profile,
    a.classNames.join('、'),
    a.result,
    a.score,
    ...names.map((n) => (a.statuses[n] ? STATUS_TEXT[a.statuses[n]] : null)),
    a.flags.join('；'),
    a.note,
  ];
  return tableSheet(SHEETS.summary, TABLE_NAMES.summary, columns, c.advisors.map(row));
}

/** What is missing: the list itself, or under --mask only how many (names must not leave the file). */
function missingText(m: MinimumResult | undefined, mask: boolean): PlanValue {
  if (!m || m.missing.length === 0) return null;
  return mask ? `${m.missing.length}项` : m.missing.join('、');
}

function classesSheet(c: Consolidation, names: readonly string[]): SheetPlan {
  const columns = [
    col('文件', 30, true),
    col('班级', 14),
    col('班主任', 12),
    col('院系', 12),
    col('考核规则', 10),
    col('学年度', 11),
    col('学期', 6),
    col('等级', 8),
    col('得分', 8),
    ...names.flatMap((n) => [col(`${n}要求`, 8), col(`${n}实际`, 8), col(`${n}状态`, 8), col(`${n}缺少`, 24, true)]),
  ];
  const row = (k: ClassRow): PlanValue[] => [
    k.file,
    k.className,
    k.advisor,
    k.department,
    k.profile,
    yearText(k.academicYear),
    semesterText(k.semester),
    k.grade,
    k.score,
    ...names.flatMap((n) => {
      const m = k.minimums.find((x) => x.name === n);
      return m ? [m.required, m.actual, STATUS_TEXT[m.status], missingText(m, c.mask)] : [null, null, null, null];
    }),
  ];
  return tableSheet(SHEETS.classes, TABLE_NAMES.classes, columns, c.classes.map(row));
}

/** Per-file errors, warnings about the run, and counts (never the texts) of record problems. */
function problemsSheet(c: Consolidation): SheetPlan {
  const columns = [col('文件', 30, true), col('类型', 10), col('说明', 60, true), col('错误数', 8), col('提醒数', 8)];
  const rows: PlanValue[][] = [
    ...c.errors.map((e): PlanValue[] => [e.file, '无法汇总', e.message, null, null]),
    ...c.warnings.map((w): PlanValue[] => [null, '提醒', w, null, null]),
    ...c.classes
      .filter((k) => k.problems.errors + k.problems.warnings > 0)
      .map((k): PlanValue[] => [
        k.file,
        '记录问题',
        '工作簿中有不完整或无法识别的记录。请班主任用 bzr score 或加载项查看详情并修改。',
        k.problems.errors,
        k.problems.warnings,
      ]),
  ];
  return tableSheet(SHEETS.problems, TABLE_NAMES.problems, columns, rows);
}

function resultsSheet(c: Consolidation): SheetPlan {
  const widths = [12, 12, 10, 11, 6, 8, 8];
  const columns = RESULT_HEADERS.map((h, i) => col(h, widths[i]));
  const rows = c.results.map((r): PlanValue[] => [
    r.advisor,
    r.department,
    r.profile,
    yearText(r.academicYear),
    r.semester === null ? '年度' : r.semester,
    r.result,
    r.score,
  ]);
  return tableSheet(SHEETS.results, TABLE_NAMES.results, columns, rows);
}

export function summaryPlans(c: Consolidation): SheetPlan[] {
  const names = minimumNames(c.classes);
  return [summarySheet(c, names), classesSheet(c, names), problemsSheet(c), notesSheet(c), resultsSheet(c)];
}
