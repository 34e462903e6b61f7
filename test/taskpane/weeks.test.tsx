// The 周历 view (issue 10 item 3, SPEC §7.1 “Per week”): blocks as of today in words, not colour alone;
// the chart's data per week; the chart itself only through a lazy chunk.
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { dayFromYMD } from '../../src/rules/days';
import { weekProgress } from '../../src/rules/progress';
import { parseWorkbook } from '../../src/records/parse';
import WeeksView from '../../src/taskpane/weeks/WeeksView';
import { STATE_TEXT, chartData, chartStacks, periodRows, periodText, weekAt } from '../../src/taskpane/weeks/grid';
import { read } from '../../src/xlsx/read';
import { createWorkbook } from '../../src/xlsx/workbook';
import type { ReadResult } from '../../src/taskpane/session/doc';

const START = dayFromYMD(2026, 9, 7);
const WEEK11 = new Date(2026, 10, 18, 9);
const meeting = (week: number, kind = '班会') => ({
  kind,
  topic: '学期安排',
  date: { day: START + 7 * (week - 1) + 1 },
  place: '教室',
  host: '王老师',
  recorder: '张伟',
  expected: 2,
  present: 2,
  content: '布置工作',
});

async function cls(profile?: string): Promise<ReadResult> {
  return read(
    await createWorkbook(
      {
        className: '会计2601',
        advisor: '王老师',
        academicYear: '2026-2027',
        semester: 1,
        semesterStart: START,
        ...(profile ? { profile: profile as '阿克苏职院' } : {}),
      },
      {
        roster: [{ id: '260101', name: '张伟', dorm: '1-101' }],
        meetings: [meeting(1), meeting(4), meeting(7), meeting(2, '班委会')],
      },
    ),
  );
}

test('as of week 11: done, missing, due and ahead blocks, each said in words', async () => {
  const r = await cls();
  const html = renderToStaticMarkup(<WeeksView read={r} today={WEEK11} />);
  expect(html).toContain('今天是第11周');
  expect(html).toContain('第1–3周 · 已完成 · 1次');
  expect(html).toContain('第10–12周 · 本期待完成 · 0次');
  expect(html).toContain('第16–18周 · 未到 · 0次');
  expect(html).not.toContain('第16–18周 · 缺');
  // 走访: nothing at all, so the finished 2-week blocks are missing.
  expect(html).toContain('第1–2周 · 缺 · 0次');
  expect((html.match(/role="listitem"/g) ?? []).length).toBe(18);
  expect(html).not.toContain('班委会（每月至少1次）');
  for (const t of Object.values(STATE_TEXT)) expect(html).toContain(t);
});

test('阿克苏职院 has a 班委会 row per month; the grid finds the chosen week', async () => {
  const r = await cls('阿克苏职院');
  const w = weekProgress(parseWorkbook(r.raw), { asOf: dayFromYMD(2026, 11, 18) })!;
  const rows = periodRows(w).map((x) => x.title);
  expect(rows).toContain('班委会（每月至少1次）');
  expect(periodText(w.committeeMonths[0])).toBe('2026年9月 · 已完成 · 1次');
  expect(weekAt(w, dayFromYMD(2026, 11, 18))).toBe(11);
  expect(weekAt(w, dayFromYMD(2027, 3, 1))).toBeNull();
});

test('chart data: one stack per week, a segment per table that has records that week', async () => {
  const r = await cls();
  const w = weekProgress(parseWorkbook(r.raw))!;
  const data = chartData(w);
  expect(data).toHaveLength(18);
  expect(data[0].parts).toEqual([{ legend: '班会记录', n: 1 }]);
  expect(data[2].parts).toEqual([]);
  const total = data.reduce((s, x) => s + x.parts.reduce((a, p) => a + p.n, 0), 0);
  expect(total).toBe(4);
  // Every week keeps its place on the chart's axis, an empty one as a zero bar.
  expect(chartStacks(w).map((x) => x.week)).toEqual(data.map((x) => x.week));
  expect(chartStacks(w)[2].parts).toEqual([{ legend: '班会记录', n: 0 }]);
});

test('without 学期开始日期 the view says what to fill in', async () => {
  const html = renderToStaticMarkup(<WeeksView read={await read(await createWorkbook({}))} today={WEEK11} />);
  expect(html).toContain('请在“设置与名册”中填写学期开始日期');
});

test('the chart library is reached only through import(): never statically from the pane', () => {
  const src = path.join(__dirname, '..', '..', 'src', 'taskpane');
  const files = fs.readdirSync(src, { recursive: true }).map(String);
  const staticUsers = files
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => /from '@fluentui\/react-charts'/.test(fs.readFileSync(path.join(src, f), 'utf8')));
  // Only the two chart modules import it, and each is itself loaded through React.lazy.
  expect(staticUsers.sort()).toEqual([path.join('consolidate', 'Charts.tsx'), path.join('weeks', 'WeekChart.tsx')]);
  expect(fs.readFileSync(path.join(src, 'weeks', 'WeeksView.tsx'), 'utf8')).toMatch(/React\.lazy\(\(\) => import\(/);
  expect(fs.readFileSync(path.join(src, 'consolidate', 'ConsolidateView.tsx'), 'utf8')).toMatch(
    /React\.lazy\(\(\) => import\('\.\/Charts'\)\)/,
  );
});
