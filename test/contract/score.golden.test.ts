// Behaviour unchanged (issue 7 "Must show"): `bzr score --json`, run in-process through the CLI's own
// main(), on the sample workbook and on every workbook the tests build through the gateways, must print
// exactly the JSON stored under test/__golden__/score/. Any difference fails. To accept an intended
// change, run with UPDATE_GOLDEN=1 and review the diff of the .json files.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';
import { judge } from '../../src/records/judge';
import { scoreJson } from '../../src/cli/report';
import * as office from '../../src/excel';
import { sampleClass } from '../../src/sample';
import { dayFromYMD } from '../../src/rules/days';
import { TABLE_KEYS } from '../../src/records/schema';
import { append, createWorkbook, ensure, saveWorkbook } from '../../src/xlsx';
import { FakeExcel } from '../support/fake-excel';
import { OPTIONS, RECORDS } from './fixtures';

const GOLDEN = path.join(__dirname, '..', '__golden__', 'score');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-golden-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function checkGolden(name: string, text: string): void {
  const file = path.join(GOLDEN, `${name}.json`);
  const pretty = `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  if (UPDATE) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, pretty);
  }
  if (!fs.existsSync(file)) throw new Error(`golden file missing: ${file} (run with UPDATE_GOLDEN=1 once)`);
  expect(pretty).toBe(fs.readFileSync(file, 'utf8'));
}

/** `bzr score FILE --json` in-process; the exit status must be 0 and stdout one JSON object. */
async function scoreFile(file: string): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(['score', file, '--json'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  expect({ status, err }).toEqual({ status: 0, err: [] });
  return out.join('\n');
}

type Build = () => Promise<import('exceljs').Workbook>;

const sample = (o: Parameters<typeof sampleClass>[0]): Build => {
  return async () => {
    const s = sampleClass(o);
    return createWorkbook(s.options, s.rows);
  };
};

const FIXTURES: Record<string, Build> = {
  'sample-40': sample({ students: 40, semesterStart: dayFromYMD(2026, 9, 7) }),
  'sample-akesu-25': sample({ students: 25, semesterStart: dayFromYMD(2026, 9, 7), profile: '阿克苏职院', seed: 7 }),
  'sample-semester2-12': sample({ students: 12, semesterStart: dayFromYMD(2027, 2, 22), semester: 2, seed: 3 }),
  'sample-thin-8': sample({ students: 8, records: 12, semesterStart: dayFromYMD(2026, 9, 7), seed: 11 }),
  template: () => createWorkbook(OPTIONS),
  'contract-records': () => createWorkbook(OPTIONS, RECORDS),
  'appended-records': async () => {
    const wb = await createWorkbook(OPTIONS);
    for (const key of TABLE_KEYS) if (RECORDS[key]) append(wb, key, RECORDS[key]!);
    return wb;
  },
  'repaired-user-table': async () => {
    // A user's 班会 table lacking columns: repaired, then records appended to it.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('班会记录');
    ws.getCell('A1').value = '班会记录表';
    ws.addTable({
      name: '班会记录表',
      ref: 'A3',
      headerRow: true,
      columns: ['编号', '主题', '日期', '地点', '备注（我加的）'].map((name) => ({ name, filterButton: true })),
      rows: [
        [1, '开学第一课', new Date(Date.UTC(2026, 8, 8)), '教室', '自己的列'],
        [2, '学风建设', new Date(Date.UTC(2026, 8, 22)), '教室', null],
      ],
    });
    ensure(wb, OPTIONS);
    append(wb, 'meetings', RECORDS.meetings!);
    append(wb, 'roster', RECORDS.roster!);
    return wb;
  },
};

describe('bzr score --json is unchanged (golden)', () => {
  for (const [name, build] of Object.entries(FIXTURES)) {
    test(name, async () => {
      const file = path.join(dir, `${name}.xlsx`);
      await saveWorkbook(await build(), file);
      checkGolden(name, await scoreFile(file));
    });
  }

  test('office: the same records through the Office.js gateway judge alike', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1' }]);
    await office.ensure(fake.ctx, OPTIONS);
    for (const key of TABLE_KEYS) if (RECORDS[key]) await office.append(fake.ctx, key, RECORDS[key]!);
    const { raw, diagnostics } = await office.read(fake.ctx);
    checkGolden('office-records', JSON.stringify(scoreJson(judge(raw, diagnostics))));
  });
});
