// 谈心记录表 (seed 004): the paper has one line per student with room for two talks
// (时间 | 地点 | 谈心内容, twice), matching “谈心两次的学生”. A group talk is written on the line of every
// student it names; a third talk of the same student opens another line. 30 lines per page.
import { shortDay } from './heading';
import type { Student, Talk } from '../../rules/model';
import { normalizeName, splitList } from '../../records';
import type { PlanValue } from '../model';
import { byDate, rowTexts, skippedRows, type RowText } from './fields';
import { listSheet, type ListForm } from './list';
import type { PrintInput, PrintSheetPlan } from './model';

export const TALKS_FORM: ListForm = {
  sheet: '打印-谈心记录',
  title: '谈心记录表',
  headers: ['序号', '姓名', '时间', '地点', '谈心内容', '时间', '地点', '谈心内容'],
  widths: [5, 8, 9, 8, 11, 9, 8, 12],
  rowsPerPage: 30,
  rowHeight: 20,
};

/** Who a talk row names, as printed: roster students by their roster name, then names not on the roster. */
export function talkNames(talk: Talk, text: string, roster: readonly Student[]): string[] {
  const known = talk.students.map((i) => roster[i]).filter((s): s is Student => !!s);
  const keys = new Set(known.flatMap((s) => [normalizeName(s.name), normalizeName(s.id)]));
  const others = splitList(text).filter((t) => !keys.has(normalizeName(t)));
  return [...known.map((s) => s.name), ...new Set(others)];
}

/** One line per student and pair of talks, lines in the order of each student's first talk. */
export function talkLines(
  talks: readonly Talk[],
  texts: ReadonlyMap<number, RowText>,
  roster: readonly Student[],
): PlanValue[][] {
  const lines: PlanValue[][] = [];
  const open = new Map<string, PlanValue[]>();
  for (const talk of byDate(talks)) {
    const t = texts.get(talk.row) ?? {};
    const slot = [shortDay(talk.date), t.place ?? '', t.content ?? ''];
    for (const name of talkNames(talk, t.names ?? '', roster)) {
      const key = normalizeName(name);
      const line = open.get(key);
      if (line && line.length < 7) {
        line.push(...slot);
        continue;
      }
      const fresh: PlanValue[] = [name, ...slot];
      lines.push(fresh);
      open.set(key, fresh);
    }
  }
  return lines;
}

export function talksSheet(input: PrintInput): PrintSheetPlan {
  const { records, raw } = input;
  const texts = rowTexts(raw, 'talks');
  const lines = talkLines(records.talks, texts, records.roster);
  return listSheet(TALKS_FORM, records.settings, lines, skippedRows(texts, records.talks));
}
