// "Will this record count?" — answered by the judge itself (records reader + rules) on the workbook
// with the candidate row added, never by a second copy of the rules.
import { judge } from '../../records/judge';
import { parseWorkbook } from '../../records/parse';
import { TABLES, type RawWorkbook, type RecordInput } from '../../records/schema';
import type { ClassRecords, Diagnostic, RecordTableKey } from '../../rules/model';
import { withCandidate } from './form';

export interface Verdict {
  counts: boolean;
  text: string;
}

/** What each form's record is called in the verdict ("张伟 谈心第2次"). */
const NOUN: Record<RecordTableKey, string> = {
  meetings: '班会',
  talks: '谈心',
  interviews: '谈话',
  activities: '班级活动',
  dormVisits: '走访宿舍',
  parentContacts: '联系家长',
};

/** A diagnostic without its "谈心记录表第12行：" prefix: the form already says where. */
function reason(d: Diagnostic): string {
  return d.message.replace(/^[^：]*第\d+行[^：]*：/, '');
}

/** Rows of `key` the rules did not count (a diagnostic on the row that says 不计入, or an error). */
function excludedRows(diags: readonly Diagnostic[], table: string): Set<number> {
  const out = new Set<number>();
  for (const d of diags) {
    if (d.table === table && d.row !== null && (d.severity === 'error' || /不计入|不计/.test(d.message)))
      out.add(d.row);
  }
  return out;
}

function studentsOf(records: ClassRecords, key: RecordTableKey, row: number): number[] | null {
  const list = records[key] as ReadonlyArray<{ row: number; students?: number[] }>;
  const rec = list.find((r) => r.row === row);
  return rec?.students ?? null;
}

export function verdict(raw: RawWorkbook, key: RecordTableKey, input: RecordInput): Verdict {
  const { raw: next, row } = withCandidate(raw, key, input);
  const table = TABLES[key].table;
  const evaluation = judge(next);
  const excluded = excludedRows(evaluation.diagnostics, table);
  const own = evaluation.diagnostics.filter((d) => d.table === table && d.row === row);
  if (excluded.has(row)) {
    const why = own.find((d) => d.severity === 'error' || /不计入|不计/.test(d.message)) ?? own[0];
    return { counts: false, text: `不会计入：${why ? reason(why) : '本行无法读取'}` };
  }
  const records = parseWorkbook(next);
  const list = records[key] as ReadonlyArray<{ row: number; students?: number[] }>;
  if (!list.some((r) => r.row === row)) return { counts: false, text: '不会计入：本行缺少必填项或无法读取' };
  const counted = list.filter((r) => !excluded.has(r.row) && r.row <= row);
  const students = studentsOf(records, key, row);
  let text: string;
  if (students && students.length > 0) {
    text = students
      .map((s) => {
        const n = counted.filter((r) => r.students?.includes(s)).length;
        return `${records.roster[s]?.name ?? ''} ${NOUN[key]}第${n}次`;
      })
      .join('、');
  } else text = `本学期${NOUN[key]}第${counted.length}条`;
  const notes = own.filter((d) => d.severity !== 'info').map(reason);
  return { counts: true, text: `将计入：${text}${notes.length ? `（注意：${notes.join('；')}）` : ''}` };
}
