import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { TABLES, TABLE_KEYS } from '../../src/records/schema';
import { EXPECTED, TEMPLATE_ARGS, bzr, ensureDist, filledWorkbook, tmpDir } from './helpers';

const BOTH_LANGUAGES = /[\u4e00-\u9fff][\s\S]*\n[\s\S]*[A-Za-z]{4,}/;

let dir: string;
beforeAll(() => {
  ensureDist();
  dir = tmpDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bzr template', () => {
  it('writes a schema-v1 workbook with the given settings', async () => {
    const out = path.join(dir, 't1.xlsx');
    const r = bzr('template', out, ...TEMPLATE_ARGS);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已生成');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(TABLE_KEYS.map((k) => TABLES[k].sheet));
    for (const key of TABLE_KEYS) {
      const ws = wb.getWorksheet(TABLES[key].sheet)!;
      const tables = ws.getTables() as unknown as Array<{ table: { name: string; columns: Array<{ name: string }> } }>;
      expect(tables.map((t) => t.table.name)).toEqual([TABLES[key].table]);
      expect(tables[0].table.columns.map((c) => c.name)).toEqual(TABLES[key].columns.map((c) => c.header));
    }
    const settings = wb.getWorksheet('设置')!;
    const values = new Map<string, unknown>();
    settings.eachRow((row, n) => n > 3 && values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(Object.fromEntries(values)).toMatchObject({
      班级: '会计2301',
      班主任: '王老师',
      学年度: '2026-2027',
      学期: 1,
      学期开始日期: new Date(Date.UTC(2026, 8, 7)),
      考核规则: '财经学院',
      专业: '大数据与会计',
      学校: '阿克苏职业技术学院',
    });
    expect(settings.getCell('A2').value).toBe(
      '（2026-2027学年度第1学期）  专业：大数据与会计  班级：会计2301  班主任：王老师',
    );
  });

  it('does not overwrite an existing file unless --force is given', () => {
    const out = path.join(dir, 't2.xlsx');
    fs.writeFileSync(out, 'mine');
    const r = bzr('template', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/已存在[\s\S]*already exists/);
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
    expect(bzr('template', out, '--force').status).toBe(0);
    expect(fs.readFileSync(out).readUInt32BE(0)).toBe(0x504b0304);
  });

  it('derives 学年度 and 学期 from --start when they are not given', async () => {
    const out = path.join(dir, 't3.xlsx');
    expect(bzr('template', out, '--start=2027-02-22').status).toBe(0);
    const r = bzr('score', out, '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      semester: 2,
      window: { start: '2027-02-22', end: '2027-06-27', weeks: 18 },
    });
  });
});

describe('bzr score', () => {
  let filled: string;
  beforeAll(async () => {
    filled = await filledWorkbook(dir);
  });

  it('--json prints exactly one JSON object with the hand-computed result', () => {
    const r = bzr('score', filled, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'schema',
        'profile',
        'class',
        'advisor',
        'semester',
        'grade',
        'score',
        'minimums',
        'bonuses',
        'diagnostics',
      ]),
    );
    expect(json).toMatchObject({
      ...EXPECTED,
      minimums: EXPECTED.minimums.map((m) => expect.objectContaining(m)),
      bonuses: EXPECTED.bonuses.map((b) => expect.objectContaining(b)),
    });
    expect(json.minimums).toHaveLength(5);
    expect(json.bonuses).toHaveLength(5);
    for (const m of json.minimums) expect(typeof m.name === 'string' && typeof m.note === 'string').toBe(true);
    expect(json.minimums[4].missing).toEqual(['王强', '陈静']);
    expect(json.window).toEqual({ start: '2026-09-07', end: '2027-01-10', weeks: 18 });
    // The incomplete 班会 (worksheet row 12) is listed; the one outside the semester too.
    const meetingDiags = json.diagnostics.filter((d: { table: string }) => d.table === '班会记录表');
    expect(meetingDiags.some((d: { row: number; message: string }) => d.row === 12 && /会议内容/.test(d.message))).toBe(
      true,
    );
    expect(meetingDiags.some((d: { row: number }) => d.row === 13)).toBe(true);
    for (const d of json.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(['column', 'message', 'row', 'severity', 'table']);
      expect(['error', 'warning', 'info']).toContain(d.severity);
    }
  });

  it('without --json prints a readable Chinese report', () => {
    const r = bzr('score', filled);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/考核结果：合格\s+得分：70 分/);
    for (const word of [
      '班会',
      '谈心',
      '班级活动',
      '走访宿舍',
      '联系家长',
      '达标',
      '待学年末',
      '加分（合计 10 分）',
      '【班会记录表】',
      '第12行',
    ]) {
      expect(r.stdout).toContain(word);
    }
  });

  it('in semester 2, last semester’s rows are one line per table in the report and one entry each in the JSON', async () => {
    const { sampleClass } = await import('../../src/sample');
    const { createWorkbook, saveWorkbook } = await import('../../src/xlsx');
    const { dayFromYMD } = await import('../../src/rules/days');
    const sample = sampleClass({ students: 20, semesterStart: dayFromYMD(2026, 9, 7) });
    sample.rows.settings = [
      { key: '学期', value: 2 },
      { key: '学期开始日期', value: { day: dayFromYMD(2027, 2, 22) } },
    ];
    const out = path.join(dir, 'year.xlsx');
    await saveWorkbook(await createWorkbook(sample.options, sample.rows), out);
    const talks = sample.rows.talks!.length;
    expect(talks).toBeGreaterThanOrEqual(3);

    const json = JSON.parse(bzr('score', out, '--json').stdout);
    const outside = json.diagnostics.filter(
      (d: { table: string; message: string }) => d.table === '谈心记录表' && d.message.includes('不在本学期'),
    );
    expect(outside).toHaveLength(talks);

    const report = bzr('score', out).stdout;
    expect(report).toContain(`谈心记录表第4–${3 + talks}行（共${talks}行）：日期不在本学期内，不计入本学期`);
    expect(report).not.toContain('谈心记录表第5行：日期');
  });

  it('a template without records is 不合格 with score 0', () => {
    const out = path.join(dir, 'empty.xlsx');
    expect(bzr('template', out, ...TEMPLATE_ARGS).status).toBe(0);
    const json = JSON.parse(bzr('score', out, '--json').stdout);
    expect(json).toMatchObject({ grade: '不合格', score: 0, class: '会计2301' });
  });
});

describe('inputs that cannot be used exit 1 with a Chinese and English message', () => {
  it('a missing file', () => {
    const r = bzr('score', path.join(dir, 'nope.xlsx'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/找不到文件[\s\S]*File not found/);
    expect(r.stderr).toMatch(BOTH_LANGUAGES);
  });

  it('a text file renamed .xlsx', () => {
    const f = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(f, '这不是表格 this is not a spreadsheet\n');
    const r = bzr('score', f, '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/不是 Excel 工作簿[\s\S]*not an Excel workbook/);
  });

  it('a damaged zip', () => {
    const f = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(f, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 1)]));
    const r = bzr('score', f);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/已损坏[\s\S]*damaged/);
  });

  it('an .xlsx that is not a BZR workbook', async () => {
    const f = path.join(dir, 'salary.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('工资').addRow(['姓名', '工资']);
    await wb.xlsx.writeFile(f);
    const r = bzr('score', f, '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/不是班主任工作量化记录工作簿[\s\S]*not a BZR workbook/);
  });
});

describe('wrong usage exits 2', () => {
  it.each([
    [[]],
    [['consolidate', 'a.xlsx']], // no -o SUMMARY.xlsx
    [['frobnicate']],
    [['--bogus']],
    [['score']],
    [['score', 'a.xlsx', 'b.xlsx']],
    [['score', 'a.xlsx', '--bogus']],
    [['score', 'a.xlsx', '--json=yes']],
    [['template']],
    [['template', 'x.xlsx', '--start', '2026-02-30']],
    [['template', 'x.xlsx', '--start', 'next monday']],
    [['template', 'x.xlsx', '--start']],
    [['template', 'x.xlsx', '--semester', '3']],
    [['template', 'x.xlsx', '--year', '2026']],
    [['template', 'x.xlsx', '--year', '2026-2028']],
    [['template', 'x.xlsx', '--profile', '别的学院']],
    [['template', 'x.xlsx', '--class', '会计', '--class', '金融']],
  ])('bzr %j', (args) => {
    const r = bzr(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(process.cwd(), 'x.xlsx'))).toBe(false);
  });

  it('--help and --version exit 0', () => {
    const help = bzr('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('bzr template OUT.xlsx');
    expect(help.stdout).toContain('bzr score FILE.xlsx [--json]');
    expect(bzr('-h').status).toBe(0);
    const v = bzr('--version');
    expect(v.status).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(v.stdout.trim()).toBe(pkg.version);
  });
});
