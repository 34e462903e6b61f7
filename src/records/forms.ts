// One reader per record form (SPEC §1, §2.1), keyed by its table: each turns the rows of its table
// into records, reporting through the row what it cannot use.
import type { ClassRecords, MeetingKind, RecordTableKey } from '../rules/model';
import { normalizeName } from './normalize';
import { preview } from './cells';
import type { DateContext } from './dates';
import type { RowReader, TableState } from './row';
import { eachRow } from './rows';
import { DORMS, NAMES, readList, type Lookup } from './resolve';

/** What every form reader may need: the date context (学年度, 1904 system) and the roster lookup. */
export interface FormContext {
  dates: DateContext;
  lookup: Lookup;
}

export type FormReader<K extends RecordTableKey> = (t: TableState, cx: FormContext) => ClassRecords[K];

// Meeting types: the strict list is 班会/班委会; obvious synonyms are read as them.
const MEETING_KINDS: Record<string, MeetingKind> = {
  班会: '班会',
  主题班会: '班会',
  班级会议: '班会',
  班级全体会议: '班会',
  全体班会: '班会',
  班委会: '班委会',
  班委会议: '班委会',
  班委会会议: '班委会',
  班干部会议: '班委会',
};

export const readMeetings: FormReader<'meetings'> = (t, cx) =>
  eachRow(t, (r) => {
    let kind: MeetingKind = '班会';
    const kc = r.cell('kind');
    if (kc.t === 'str' || kc.t === 'num' || kc.t === 'bool' || kc.t === 'date') {
      const k = MEETING_KINDS[normalizeName(r.text('kind'))];
      if (k) kind = k;
      else r.fail('kind', `“${preview(kc)}”不是可用的类型，请填写“班会”或“班委会”（留空按班会计）。`);
    }
    const topic = r.text('topic');
    const date = r.date('date', cx.dates);
    const expected = r.count('expected');
    const present = r.count('present');
    if (expected !== null && present !== null) {
      if (present > expected) {
        r.fail('present', `实到人数（${present}）多于应到人数（${expected}），请核对后改正。`);
      } else if (present < expected && r.isBlank('absent')) {
        r.require('未到名单及原因（实到人数少于应到人数时必填）');
      }
    }
    if (date === null || expected === null || present === null) return null;
    return { row: r.row, date, kind, topic, expected, present };
  });

/**
 * The student(s) and the date that a talk, an interview and a parent contact all begin with; null when
 * either cannot be used (its problems are reported through the row).
 */
function studentsAndDate(r: RowReader, cx: FormContext) {
  const names = readList(r, 'names', cx.lookup, NAMES);
  const date = r.date('date', cx.dates);
  if (names === null || date === null) return null;
  return { row: r.row, date, students: names.members.slice(), size: names.size };
}

// The records are built field by field, not as { ...who, minutes }: that spread made ~90 KB of
// garbage a class workbook.
export const readTalks: FormReader<'talks'> = (t, cx) =>
  eachRow(t, (r) => {
    const who = studentsAndDate(r, cx);
    const minutes = r.minutes('minutes');
    if (who === null || minutes === null) return null;
    return { row: who.row, date: who.date, students: who.students, size: who.size, minutes };
  });

export const readInterviews: FormReader<'interviews'> = (t, cx) =>
  eachRow(t, (r) => {
    const who = studentsAndDate(r, cx);
    const minutes = r.minutes('minutes');
    const careType = r.text('careType');
    if (who === null) return null;
    return { row: who.row, date: who.date, students: who.students, size: who.size, minutes, careType };
  });

export const readActivities: FormReader<'activities'> = (t, cx) =>
  eachRow(t, (r) => {
    const name = r.text('name');
    const type = r.text('type');
    const date = r.date('date', cx.dates);
    const present = r.yesNo('advisorPresent');
    if (date === null) return null;
    // 班主任参加: blank means 是.
    return { row: r.row, date, name, type, advisorPresent: present !== false };
  });

export const readDormVisits: FormReader<'dormVisits'> = (t, cx) =>
  eachRow(t, (r) => {
    const date = r.date('date', cx.dates);
    const dorms = readList(r, 'dorms', cx.lookup, DORMS);
    const reason = r.text('reason');
    // “如果发现问题，应及时解决”: a problem found needs its handling written down.
    if (!r.isBlank('problem') && r.isBlank('handling')) {
      r.require('处理情况（填写了发现问题时必填：“如果发现问题，应及时解决”）');
    }
    if (date === null || dorms === null) return null;
    return { row: r.row, date, dorms: dorms.members.slice(), all: dorms.all, reason };
  });

export const readParentContacts: FormReader<'parentContacts'> = (t, cx) =>
  eachRow(t, (r) => {
    const who = studentsAndDate(r, cx);
    const method = r.text('method');
    const reason = r.text('reason');
    // A contact has no group size.
    return who && { row: who.row, date: who.date, students: who.students, method, reason };
  });

/** The reader of each record table. */
export const FORM_READERS: { readonly [K in RecordTableKey]: FormReader<K> } = {
  meetings: readMeetings,
  talks: readTalks,
  interviews: readInterviews,
  activities: readActivities,
  dormVisits: readDormVisits,
  parentContacts: readParentContacts,
};
