// The 学生 view (issue 10 item 3, SPEC §7.1 “Per student”): every roster student with counts and last
// dates, the 未谈心 / 未联系家长 filters, and the entry form a student opens, prefilled with them.
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { dayFromYMD } from '../../src/rules/days';
import { studentProgress } from '../../src/rules/progress';
import { parseWorkbook } from '../../src/records/parse';
import StudentsView from '../../src/taskpane/students/StudentsView';
import { countCell, entryFor, filterStudents, pickValue } from '../../src/taskpane/students/rows';
import { read } from '../../src/xlsx/read';
import { createWorkbook } from '../../src/xlsx/workbook';
import type { ReadResult } from '../../src/taskpane/session/doc';

const START = dayFromYMD(2026, 9, 7);
const WEEK11 = new Date(2026, 10, 18, 9);
const talk = (names: string, day: number) => ({
  names,
  date: { day },
  place: '办公室',
  minutes: 15,
  content: '了解学习情况',
});

let r: ReadResult;
beforeAll(async () => {
  const wb = await createWorkbook(
    { className: '会计2601', advisor: '王老师', academicYear: '2026-2027', semester: 1, semesterStart: START },
    {
      roster: [
        { id: '260101', name: '张伟', dorm: '1-101', specialCare: '家庭经济困难' },
        { id: '260102', name: '李娜', dorm: '1-102' },
        { id: '260103', name: '张伟', dorm: '1-103' },
      ],
      // 260103's talk is dated after the pane's today (2026-11-18): not counted yet.
      talks: [talk('李娜', START + 8), talk('李娜', START + 30), talk('260101', START + 9), talk('260103', START + 80)],
      parentContacts: [
        {
          names: '260101',
          date: { day: START + 20 },
          parentName: '张父',
          method: '电话',
          reason: '其他',
          result: '已沟通',
        },
      ],
    },
  );
  r = await read(wb);
});

test('every roster student, with counts, last dates and 需特别关照', () => {
  const html = renderToStaticMarkup(<StudentsView read={r} onEntry={() => undefined} today={WEEK11} />);
  const rows = html.split('<tr').slice(2); // header row first
  expect(rows).toHaveLength(3);
  expect(rows[0]).toContain('张伟（260101）');
  expect(rows[0]).toContain('1次 · 09-16');
  expect(rows[0]).toContain('家庭经济困难');
  expect(rows[1]).toContain('2次 · 10-07');
  expect(rows[2]).toContain('0次');
  expect(html).toContain('未谈心（1）');
  expect(html).toContain('未联系家长（2）');
});

test('filters keep exactly the students without a talk / a parent contact', () => {
  const all = studentProgress(parseWorkbook(r.raw), { asOf: dayFromYMD(2026, 11, 18) });
  expect(filterStudents(all, 'noTalk').map((s) => s.index)).toEqual([2]);
  expect(filterStudents(all, 'noParent').map((s) => s.index)).toEqual([1, 2]);
  expect(filterStudents(all, 'all')).toHaveLength(3);
  expect(countCell(0, null)).toBe('0次');
  // At the end of the semester the later talk counts.
  expect(filterStudents(studentProgress(parseWorkbook(r.raw)), 'noTalk')).toEqual([]);
});

test('a student opens the forms prefilled: by 姓名, or by 学号 when the name is shared', () => {
  const roster = parseWorkbook(r.raw).roster;
  expect(pickValue(roster, 1)).toBe('李娜');
  expect(pickValue(roster, 2)).toBe('260103');
  const start = entryFor('李娜', 'noParent', new Date(2026, 10, 18));
  expect(start.key).toBe('parentContacts');
  expect(entryFor('李娜', 'noTalk', new Date(2026, 10, 18)).key).toBe('talks');
  for (const k of ['talks', 'interviews', 'parentContacts'] as const) {
    expect(start.values[k]?.names).toBe('李娜');
    expect(start.values[k]?.date).toBe('2026-11-18');
  }
});

test('an empty roster says where to fill it in', async () => {
  const empty = await read(await createWorkbook({}));
  const html = renderToStaticMarkup(<StudentsView read={empty} onEntry={() => undefined} />);
  expect(html).toContain('学生名册为空');
  expect(html).not.toContain('<table');
});
