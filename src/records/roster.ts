// 学生名册 (SPEC §1, §2.1): every row with a readable 姓名 is a student. A duplicate 学号 is an error
// but the student stays; an unreadable side column is a warning and reads as blank.
import type { Student } from '../rules/model';
import { normalizeName } from './normalize';
import { textOf } from './cells';
import type { RowReader, TableState } from './row';
import { eachRow } from './rows';

/** The students of the roster table, with its findings in t.diags. */
export function readRoster(t: TableState): Student[] {
  const firstIdRow = new Map<string, number>();
  const nameRows = new Map<string, { name: string; rows: number[] }>();
  let index = 0;
  const roster = eachRow(
    t,
    (r) => {
      const student = readStudent(r, index);
      if (student === null) return null;
      index++;
      checkDuplicateId(r, student, firstIdRow);
      const nameKey = normalizeName(student.name);
      const seen = nameRows.get(nameKey);
      if (seen) seen.rows.push(r.row);
      else nameRows.set(nameKey, { name: student.name, rows: [r.row] });
      return student;
    },
    { checkCells: false },
  );
  for (const { name, rows } of nameRows.values()) {
    if (rows.length < 2) continue;
    t.diags.push({
      table: t.name,
      row: rows[1],
      column: '姓名',
      severity: 'info',
      message: `${t.name}第${rows.join('、')}行的姓名都是“${name}”。记录中写这个姓名时无法区分是谁，请在记录中改写为学号。`,
    });
  }
  if (roster.length === 0) {
    t.diags.push({
      table: t.name,
      row: null,
      column: '姓名',
      severity: 'warning',
      message: `${t.name}中还没有学生。请填写学生名册，否则谈心、联系家长等要求无法判断。`,
    });
  }
  return roster;
}

/** One roster row; null (reported) when 姓名 is blank or unreadable. */
export function readStudent(r: RowReader, index: number): Student | null {
  const nameCell = r.cell('name');
  if (nameCell.t === 'blank') {
    r.require(r.header('name'));
    return null;
  }
  const name = textOf(nameCell);
  if (name.kind !== 'ok') {
    r.fail('name', name.kind === 'error' ? name.message : '无法识别。');
    return null;
  }
  // The student exists even when a side column is unreadable: warn and keep the row.
  const side = (field: string): string => {
    const v = textOf(r.cell(field));
    if (v.kind === 'error') r.warn(field, `“${r.header(field)}”列：${v.message}这一格按未填写处理。`);
    return v.kind === 'ok' ? v.value : '';
  };
  const dorm = side('dorm');
  return {
    index,
    row: r.row,
    id: side('id'),
    name: name.value,
    gender: side('gender'),
    dorm,
    dormKey: normalizeName(dorm),
    parentName: side('parentName'),
    parentContact: side('parentContact'),
    specialCare: side('specialCare'),
    note: side('note'),
  };
}

function checkDuplicateId(r: RowReader, student: Student, firstIdRow: Map<string, number>): void {
  const idKey = normalizeName(student.id);
  if (!idKey) return;
  const prev = firstIdRow.get(idKey);
  if (prev === undefined) firstIdRow.set(idKey, r.row);
  else {
    r.flag('id', `学号“${student.id}”与第${prev}行重复。请核对并改正；改正之前，用这个学号写的记录不计入任何学生。`);
  }
}
