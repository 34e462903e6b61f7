// The 结果 view (issue 10 items 2 and 6): judged as of a chosen day, 无法判断 instead of
// “要求 0，实际 0”, the score as 60 + each bonus by name, one bonus line per item for 不合格.
// Rendered to static HTML with react-dom/server (Jest runs in node: no DOM needed).
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { dayFromYMD, dayToISO } from '../../src/rules/days';
import ResultsView from '../../src/taskpane/dashboard/ResultsView';
import { dayOfField, defaultAsOf, pickBounds } from '../../src/taskpane/dashboard/asOf';
import { bonusLines, scoreBreakdown } from '../../src/taskpane/dashboard/score';
import { judge } from '../../src/records/judge';
import { read } from '../../src/xlsx/read';
import { createWorkbook } from '../../src/xlsx/workbook';
import type { ReadResult } from '../../src/taskpane/session/doc';

const START = dayFromYMD(2026, 9, 7);
const inWeek = (w: number, offset = 1) => ({ day: START + 7 * (w - 1) + offset });
/** Wednesday of week 11 (2026-11-18), as a local Date like the pane's today. */
const WEEK11 = new Date(2026, 10, 18, 10, 30);

/** The page's text, with accessible names (aria-label) kept: badges and cards are named there. */
const text = (html: string) =>
  html
    .replace(/aria-label="([^"]*)"/g, '>$1<')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The date field's tag. */
const dateInput = (html: string) => /<input[^>]*type="date"[^>]*>/.exec(html)?.[0] ?? '';

async function classWithMeetingsIn(weeks: number[]): Promise<ReadResult> {
  const wb = await createWorkbook(
    { className: '会计2601', advisor: '王老师', academicYear: '2026-2027', semester: 1, semesterStart: START },
    {
      roster: [
        { id: '260101', name: '张伟', dorm: '1-101' },
        { id: '260102', name: '李娜', dorm: '1-102' },
      ],
      meetings: weeks.map((w) => ({
        kind: '班会',
        topic: '学期安排',
        date: inWeek(w),
        place: '教室',
        host: '王老师',
        recorder: '张伟',
        expected: 2,
        present: 2,
        content: '布置工作',
      })),
    },
  );
  return read(wb);
}

describe('as of a day', () => {
  let r: ReadResult;
  beforeAll(async () => {
    r = await classWithMeetingsIn([1, 4, 7]);
  });

  test('in week 11 the blocks still to come are not missing, and the running block is due', () => {
    const page = text(renderToStaticMarkup(<ResultsView read={r} today={WEEK11} />));
    expect(page).toContain('按截至2026年11月18日（第11周）的记录判断');
    expect(page).toMatch(/下一项：本3周（第10–12周）还需要1次班会，剩\d+天/);
    expect(page).toMatch(/进度：还需\d+次班会/);
    expect(page).not.toMatch(/第13–15周|第16–18周/);
    expect(dateInput(renderToStaticMarkup(<ResultsView read={r} today={WEEK11} />))).toContain('value="2026-11-18"');
  });

  test('学期末结论: the whole semester, where the later blocks are missing', () => {
    const page = text(renderToStaticMarkup(<ResultsView read={r} today={WEEK11} end />));
    expect(page).toContain('学期末结论：按整个学期的记录判断');
    expect(page).toMatch(/第13–15周/);
    expect(page).not.toContain('下一项：');
    expect(page).toContain('班会：未达标');
  });

  test('today after the semester judges up to its last day; the field is bounded by the window', () => {
    const page = dateInput(renderToStaticMarkup(<ResultsView read={r} today={new Date(2027, 5, 1)} />));
    expect(page).toContain('value="2027-01-10"');
    expect(page).toContain('min="2026-09-07"');
    expect(page).toContain('max="2027-01-10"');
  });
});

test('a fresh template: 无法判断 with what to fill in, never “要求 0，实际 0”', async () => {
  const r = await read(await createWorkbook({}));
  const page = text(renderToStaticMarkup(<ResultsView read={r} today={WEEK11} />));
  expect(page).toContain('谈心：无法判断');
  expect(page).toContain('请先在“学生名册”工作表填写全班学生');
  expect(page).not.toMatch(/要求 0，/);
  // Without 学期开始日期 there is no day to pick: the page says so instead of showing a dead field.
  expect(page).toContain('设置表未填写学期开始日期');
  expect(page).not.toContain('截至日期');
});

test('不合格: each bonus’s line once, by item — not one sentence five times', async () => {
  const r = await read(await createWorkbook({}));
  const e = judge(r.raw, r.diagnostics);
  expect(e.grade).toBe('不合格');
  const page = text(renderToStaticMarkup(<ResultsView read={r} today={WEEK11} />));
  for (const b of e.bonuses) expect(page.split(b.line).length - 1).toBe(1);
  expect(page.split('不合格者不再参加打分，不加分。').length - 1).toBe(0);
  expect(bonusLines(e.bonuses)).toHaveLength(e.bonuses.length);
  expect(scoreBreakdown(e)).toBeNull();
});

test('the score card shows 60 + each bonus by name, as bzr score does', async () => {
  const { sampleClass } = await import('../../src/sample');
  const s = sampleClass({ students: 40, semesterStart: START });
  const r = await read(await createWorkbook(s.options, s.rows));
  const e = judge(r.raw, r.diagnostics);
  const sum = scoreBreakdown(e);
  expect(e.score).not.toBeNull();
  expect(sum?.base).toBe(60);
  const given = e.bonuses.filter((b) => b.points > 0);
  expect(given.length).toBeGreaterThan(0);
  expect(sum?.text).toBe(`60 + ${given.map((b) => `${b.name} ${b.points}`).join(' + ')} = ${e.score}`);
  const page = text(renderToStaticMarkup(<ResultsView read={r} today={WEEK11} end />));
  expect(page).toContain(sum!.text);
  for (const b of e.bonuses) expect(page).toContain(b.line);
});

describe('the chosen day stays in the window', () => {
  const window = { start: START, end: START + 18 * 7 };
  test('no window, no day', () => {
    expect(pickBounds({ start: null, end: null })).toBeNull();
    expect(defaultAsOf({ start: null, end: null }, WEEK11)).toBeNull();
  });
  test('any today lands inside [first day, last day]', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), (offset) => {
        const t = new Date(2026, 8, 7 + offset, 12);
        const d = defaultAsOf(window, t)!;
        expect(d).toBeGreaterThanOrEqual(window.start);
        expect(d).toBeLessThanOrEqual(window.end - 1);
        if (offset >= 0 && offset < 126) expect(d).toBe(START + offset);
      }),
    );
  });
  test('the field: a day inside is taken, outside or malformed is refused', () => {
    const b = pickBounds(window)!;
    expect(dayOfField('2026-11-18', b)).toBe(dayFromYMD(2026, 11, 18));
    expect(dayOfField(dayToISO(window.end), b)).toBeNull();
    expect(dayOfField('2026-09-06', b)).toBeNull();
    expect(dayOfField('2026-02-30', b)).toBeNull();
    expect(dayOfField('', b)).toBeNull();
  });
});
