// The print view renders the print plans' pages as HTML sections (react-dom/server): same pages, same
// text as the sheets LibreOffice prints (see libreoffice.test.ts).
import { MAX_PAGES, printInput, printPlans } from '../../src/plans/print';
import { fullWorkbook } from './helpers';
import { EXPECTED_PAGES } from './pdf';
import { printViewHtml, sectionTexts } from './static-html';
import { workbook, MEETING } from '../records/helpers';

describe('PrintView (static HTML)', () => {
  const input = printInput(fullWorkbook());
  const html = printViewHtml(input);
  const pages = sectionTexts(html);

  test('one <section> per planned page, in booklet order, each with its form’s text', () => {
    const planned = printPlans(input).reduce((a, p) => a + p.pages, 0);
    expect(pages).toHaveLength(planned);
    expect(pages).toHaveLength(EXPECTED_PAGES.length);
    EXPECTED_PAGES.forEach((want, i) => {
      for (const t of want) expect([i + 1, t, pages[i].includes(t)]).toEqual([i + 1, t, true]);
    });
  });

  test('A4 with the plan’s margins, page breaks, borders and a CJK font stack', () => {
    expect(html).toContain('@page { size: A4; margin: 0.6in 0.6in 0.6in 0.6in; }');
    expect(html).toContain('page-break-after: always');
    expect(html).toContain("'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif");
    expect(html).toMatch(/<td colspan="3" class="b">/iu);
    expect(html).toContain('aria-label="谈心记录表 第2页"');
  });

  test('the 打印 button is there; the marker row is not printed', () => {
    expect(html).toMatch(/<button[^>]*>打印<\/button>/u);
    expect(html).toContain('共 9 页（A4）');
    for (const label of ['封面（1 页）', '班会记录表（2 页）', '谈心记录表（2 页）', '联系学生家长记录表（1 页）']) {
      expect(html).toContain(label);
    }
    expect(pages.some((p) => p.includes('【BZR】'))).toBe(false);
  });

  test('rows that do not count are named, not silently dropped', () => {
    const h = printViewHtml(printInput(workbook({ meetings: [MEETING, { ...MEETING, 地点: '' }] })));
    expect(h).toContain('以下记录内容不齐全或无法识别，没有打印：班会记录表 1 行。');
    expect(printViewHtml(input)).not.toContain('没有打印');
  });

  test('text cut off on paper is named (the fixture has one 谈心内容 too long for its line)', () => {
    expect(html).toContain('以下内容太长，缩小字号后仍放不下，打印时会被截断：谈心记录表 1 处。');
    expect(printViewHtml(printInput(workbook({ meetings: [MEETING] })))).not.toContain('太长');
  });

  test('records past the page limit are named', () => {
    const many = workbook({ meetings: Array.from({ length: MAX_PAGES + 1 }, () => MEETING) });
    expect(printViewHtml(printInput(many))).toContain(
      `每张表最多打印 ${MAX_PAGES} 页，以下记录超出，没有打印：班会记录表 1 条。`,
    );
  });
});
