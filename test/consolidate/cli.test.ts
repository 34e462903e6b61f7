// End to end: generated class workbooks with known scores (see helpers: base 75, minus3 72, minus4 71,
// minus7 68, fail 不合格) → the compiled `bzr consolidate` → JSON and SUMMARY.xlsx (SPEC §5, §7.2).
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { TIE_NOTE } from '../../src/rules/quota';
import { tmpDir } from '../cli/helpers';
import { writeZip } from '../intake/make';
import { bzr, classWorkbook, ensureConsolidateDist, specSample, type ClassSpec } from './helpers';

interface Json {
  schema: number;
  ratio: number;
  assessed: number;
  quota: number;
  advisors: Array<{
    advisor: string;
    classes: string[];
    grade: string;
    score: number | null;
    result: string;
    rank: number | null;
    flags: string[];
  }>;
  classes: Array<{
    file: string;
    class: string;
    advisor: string;
    profile: string;
    grade: string;
    score: number | null;
  }>;
  errors: Array<{ file: string; message: string }>;
}

/** Every cell of every sheet as text. */
async function allCells(file: string): Promise<Map<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string[][]>();
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).text);
      rows.push(cells);
    });
    out.set(ws.name, rows);
  }
  return out;
}

const FINANCE: ClassSpec[] = [
  { className: '会计2301', advisor: '甲老师', variant: 'base' }, // 75
  { className: '会计2302', advisor: '甲老师', variant: 'minus7' }, // 68 → 甲 (75 + 68) / 2 = 71.5
  { className: '会计2303', advisor: '乙老师', variant: 'base' }, // 75
  { className: '会计2304', advisor: '丙老师', variant: 'minus3' }, // 72
  { className: '会计2305', advisor: '丁老师', variant: 'minus4' }, // 71
  { className: '会计2306', advisor: '戊老师', variant: 'minus4' }, // 71, tied with 丁
  { className: '会计2307', advisor: '己老师', variant: 'fail' }, // 不合格
];

let dir: string;
let inputs: string;
beforeAll(async () => {
  ensureConsolidateDist();
  dir = tmpDir();
  inputs = path.join(dir, 'in');
  for (const s of FINANCE) await classWorkbook(path.join(inputs, s.advisor), s);
  // Bad inputs beside them: each is listed with its reason, none ends the run.
  fs.writeFileSync(path.join(inputs, 'corrupt.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
  // A real password-protected .xlsx (an OLE file with an EncryptionInfo stream), made by officecrypto-tool.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const crypto = require('officecrypto-tool') as {
    encrypt(b: Buffer, o: { password: string }): Buffer | Promise<Buffer>;
  };
  const plain = fs.readFileSync(await classWorkbook(path.join(dir, 'plain'), FINANCE[0]));
  fs.writeFileSync(path.join(inputs, 'encrypted.xlsx'), await crypto.encrypt(plain, { password: '123456' }));
  // A real OpenDocument spreadsheet: a zip whose first entry `mimetype` names the format.
  writeZip(path.join(dir, 'class.ods'), {
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
    'content.xml': '<office:document-content/>',
  });
  fs.writeFileSync(path.join(inputs, '~$会计2301-2026-1.xlsx'), 'lock'); // Office lock file: skipped
}, 240_000);

describe('bzr consolidate on seven class workbooks of six advisors', () => {
  let run: ReturnType<typeof bzr>;
  let json: Json;
  const out = () => path.join(inputs, 'SUMMARY.xlsx'); // inside an input folder: must be skipped
  beforeAll(() => {
    run = bzr('consolidate', inputs, path.join(dir, 'class.ods'), '-o', out(), '--json', '--ratio', '0.67');
    json = JSON.parse(run.stdout) as Json;
  });

  it('exits 1 because inputs failed, and still writes the summary', () => {
    expect(run.status).toBe(1);
    expect(fs.existsSync(out())).toBe(true);
    expect(run.stderr).toMatch(/无法汇总/);
    expect(run.stderr).toMatch(/could not be consolidated/);
  });

  it('lists the corrupt, encrypted and .ods inputs with their reasons; skips the lock file', () => {
    const reason = (name: string) => json.errors.find((e) => path.basename(e.file) === name)?.message;
    expect(reason('corrupt.xlsx')).toMatch(/损坏/);
    expect(reason('encrypted.xlsx')).toMatch(/加密/);
    expect(reason('class.ods')).toMatch(/另存为.*xlsx/);
    expect(json.errors.some((e) => e.file.includes('~$'))).toBe(false);
    expect(json.errors).toHaveLength(3);
  });

  it('counts advisors, not files: 甲老师 has two classes and the mean of their scores', () => {
    expect(json.classes).toHaveLength(7);
    expect(json.assessed).toBe(6);
    const jia = json.advisors.find((a) => a.advisor === '甲老师')!;
    expect(jia.classes.map((f) => path.basename(f)).sort()).toEqual(['会计2301-2026-1.xlsx', '会计2302-2026-1.xlsx']);
    expect(jia.score).toBe(71.5);
  });

  it('quota = floor(0.67 × 6 assessed, 不合格 included) = 4; the tie at the cut-off is flagged, not 优秀', () => {
    expect(json.quota).toBe(Math.floor(0.67 * 6));
    const by = Object.fromEntries(json.advisors.map((a) => [a.advisor, a]));
    expect([by['乙老师'].rank, by['丙老师'].rank, by['甲老师'].rank, by['丁老师'].rank, by['戊老师'].rank]).toEqual([
      1, 2, 3, 4, 4,
    ]);
    expect(['乙老师', '丙老师', '甲老师'].map((a) => by[a].result)).toEqual(['优秀', '优秀', '优秀']);
    for (const a of ['丁老师', '戊老师']) {
      expect(by[a].result).toBe('合格');
      expect(by[a].flags).toContain(TIE_NOTE);
    }
    expect(by['己老师']).toMatchObject({ result: '不合格', grade: '不合格', rank: null });
    expect(json.advisors.filter((a) => a.result === '优秀').length).toBeLessThanOrEqual(json.quota);
    expect(json.advisors.map((a) => a.advisor)).toEqual(['乙老师', '丙老师', '甲老师', '丁老师', '戊老师', '己老师']);
  });

  it('writes 汇总, 班级明细, 问题, 说明 and 汇总结果 as sheets with the advisors ranked', async () => {
    const cells = await allCells(out());
    expect([...cells.keys()]).toEqual(['汇总', '班级明细', '问题', '说明', '汇总结果']);
    const summary = cells.get('汇总')!.slice(1); // row 1: the marker
    expect(summary[0].slice(0, 7)).toEqual(['排名', '班主任', '院系', '考核规则', '班级', '结论', '得分']);
    expect(summary.slice(1).map((r) => r[1])).toEqual(['乙老师', '丙老师', '甲老师', '丁老师', '戊老师', '己老师']);
    expect(
      cells
        .get('问题')!
        .slice(2)
        .filter((r) => r[1] === '无法汇总'),
    ).toHaveLength(3);
  });

  it('default ratio 0.3: quota floor(0.3 × 6) = 1', () => {
    const r = bzr('consolidate', inputs, '-o', path.join(dir, 'S2.xlsx'), '--json', '--jobs', '1');
    const j = JSON.parse(r.stdout) as Json;
    expect(j.quota).toBe(1);
    expect(j.advisors.filter((a) => a.result === '优秀').map((a) => a.advisor)).toEqual(['乙老师']);
  });
});

describe('duplicates, mixed profiles, masking and usage', () => {
  it('the same class and term twice is an error for both files; neither is assessed', async () => {
    const d = path.join(dir, 'dup');
    const a = await classWorkbook(d, { className: '会计2401', advisor: '王老师' }, 'a.xlsx');
    const b = await classWorkbook(d, { className: '会计2401', advisor: '王老师' }, 'b.xlsx');
    await classWorkbook(d, { className: '会计2402', advisor: '李老师' }, 'c.xlsx');
    const r = bzr('consolidate', d, '-o', path.join(dir, 'dup.xlsx'), '--json');
    const j = JSON.parse(r.stdout) as Json;
    expect(r.status).toBe(1);
    expect(j.errors.map((e) => e.file).sort()).toEqual([a, b].sort());
    expect(j.errors[0].message).toMatch(/重复/);
    expect(j.advisors.map((x) => x.advisor)).toEqual(['李老师']);
  });

  it('mixed profiles: warned; the 阿克苏职院 advisor gets 称职/不称职 and no rank', async () => {
    const d = path.join(dir, 'mixed');
    await classWorkbook(d, { className: '会计2501', advisor: '赵老师' });
    await classWorkbook(d, { className: '护理2501', advisor: '钱老师', profile: '阿克苏职院' });
    const r = bzr('consolidate', d, '-o', path.join(dir, 'mixed.xlsx'), '--json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    const qian = j.advisors.find((a) => a.advisor === '钱老师')!;
    expect(['称职', '不称职']).toContain(qian.result);
    expect(qian).toMatchObject({ score: null, rank: null, grade: qian.result });
    expect(j.classes.find((c) => c.advisor === '钱老师')!.profile).toBe('阿克苏职院');
    const human = bzr('consolidate', d, '-o', path.join(dir, 'mixed2.xlsx'));
    expect(human.stdout).toMatch(/不同的考核规则/);
  });

  it('--mask: no 学号, student or parent name or phone number of any input in any cell', async () => {
    const d = path.join(dir, 'mask');
    const specs: ClassSpec[] = [
      { className: '会计2601', advisor: '孙老师', variant: 'untalked' },
      { className: '会计2602', advisor: '周老师', variant: 'fail' },
    ];
    for (const s of specs) await classWorkbook(d, s);
    const personal = specs.flatMap((s) =>
      (specSample(s).rows.roster ?? []).flatMap((p) => [p.id, p.name, p.parentName, p.parentContact].map(String)),
    );
    const scan = async (file: string) => {
      const found: string[] = [];
      for (const rows of (await allCells(file)).values())
        for (const row of rows) for (const cell of row) for (const p of personal) if (cell.includes(p)) found.push(p);
      return found;
    };
    // The control: unmasked, the student not talked to is named in 班级明细 (so the scan can fail).
    expect(bzr('consolidate', d, '-o', path.join(dir, 'plain.xlsx')).status).toBe(0);
    expect(await scan(path.join(dir, 'plain.xlsx'))).toContain(String(specSample(specs[0]).rows.roster![2].name));
    expect(bzr('consolidate', d, '-o', path.join(dir, 'masked.xlsx'), '--mask').status).toBe(0);
    expect(await scan(path.join(dir, 'masked.xlsx'))).toEqual([]);
    const detail = (await allCells(path.join(dir, 'masked.xlsx'))).get('班级明细')!;
    expect(detail.flat()).toContain('1项');
  });

  it('wrong usage exits 2', () => {
    expect(bzr('consolidate', dir).status).toBe(2); // no -o
    expect(bzr('consolidate', '-o', path.join(dir, 'x.xlsx')).status).toBe(2); // no inputs
    expect(bzr('consolidate', dir, '-o', path.join(dir, 'x.xlsx'), '--ratio', '2').status).toBe(2);
    expect(bzr('consolidate', dir, '-o', path.join(dir, 'x.xlsx'), '--jobs', '0').status).toBe(2);
  });
});
