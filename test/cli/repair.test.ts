// `bzr repair FILE.xlsx [-o OUT.xlsx]` (SPEC §5, §6): the same plan as 「创建/修复记录表」, nothing a user
// typed changed, atomic writes, a second run changes nothing; exit 1 for files that cannot be used,
// 2 for wrong usage. Run in-process through main() (the compiled bin is covered by the LibreOffice test).
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/index';
import { readXlsx } from '../../src/intake';
import { describeEnsure } from '../../src/plans/repair';
import { TABLES, TABLE_KEYS } from '../../src/records/schema';
import { ensure, loadWorkbook, tableRect, findTable } from '../../src/xlsx';
import { snapshot } from '../xlsx/helpers';
import { talksSheet, xlsxParts } from '../intake/make';
import { tmpDir } from './helpers';

let dir: string;
beforeAll(() => {
  dir = tmpDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Every cell of every sheet of a file, as the snapshot helper gives them. */
async function cellsOf(file: string): Promise<Record<string, string>> {
  return snapshot(await loadWorkbook(file));
}

const userSheetCells = (cells: Record<string, string>, sheet: string) =>
  Object.fromEntries(Object.entries(cells).filter(([a]) => a.startsWith(`${sheet}!`)));

/** An Excel-made (exceljs) class workbook missing most of ours: a short 班会记录表 with a row, a sheet of notes. */
async function partialWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('我的笔记');
  notes.getCell('A1').value = '=不是公式';
  notes.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 };
  notes.getCell('C3').value = new Date(Date.UTC(2026, 8, 9));
  wb.addWorksheet('班会记录').addTable({
    name: '班会记录表',
    ref: 'A3',
    columns: ['编号', '主题', '日期'].map((name) => ({ name, filterButton: true })),
    rows: [[1, '开学第一课', new Date(Date.UTC(2026, 8, 8))]],
  });
  await wb.xlsx.writeFile(file);
}

describe('bzr repair on an Excel-made workbook', () => {
  it('adds what is missing, says it as the pane does, keeps every typed cell, and leaves the input alone with -o', async () => {
    const input = path.join(dir, 'partial.xlsx');
    const out = path.join(dir, 'partial-repaired.xlsx');
    await partialWorkbook(input);
    const original = fs.readFileSync(input);
    const before = await cellsOf(input);
    const expected = ensure(await loadWorkbook(input), {});

    const r = await run('repair', input, '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${describeEnsure(expected)}\n已写入：${out}`);
    expect(r.stdout).toMatch(/新建工作表：设置、学生名册.*补上列：班会记录表\.类型/);
    expect(r.stderr).toMatch(/Added 7 sheet\(s\), 7 table\(s\), 11 column\(s\)\. Wrote /);
    expect(fs.readFileSync(input)).toEqual(original);

    const after = await cellsOf(out);
    for (const [address, cell] of Object.entries(before)) expect(after[address]).toBe(cell);
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(['我的笔记', ...TABLE_KEYS.map((k) => TABLES[k].sheet)]),
    );
    expect(tableRect(findTable(wb, '班会记录表')!.table)).toMatchObject({ top: 3, bottom: 4 });
    const { raw } = readXlsx(fs.readFileSync(out));
    expect(raw.tables.meetings!.values[1].slice(0, 4)).toEqual([1, '开学第一课', new Date(Date.UTC(2026, 8, 8)), null]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('in place: the first run repairs, the second changes nothing (cells and bytes)', async () => {
    const file = path.join(dir, 'in-place.xlsx');
    await partialWorkbook(file);
    const first = await run('repair', file);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^新建工作表：[\s\S]*\n已写入：/);
    const bytes = fs.readFileSync(file);
    const cells = await cellsOf(file);
    const second = await run('repair', file);
    expect(second).toEqual({ status: 0, stdout: '记录表齐全，无需修复。\n文件没有改动。', stderr: expect.any(String) });
    expect(fs.readFileSync(file)).toEqual(bytes);
    expect(await cellsOf(file)).toEqual(cells);
    // -o on a complete workbook: the very same bytes.
    const copy = path.join(dir, 'copy.xlsx');
    expect((await run('repair', file, '-o', copy)).stdout).toBe(`记录表齐全，无需修复。\n已原样复制到：${copy}`);
    expect(fs.readFileSync(copy)).toEqual(bytes);
  });

  it('does not overwrite another existing file unless --force is given', async () => {
    const input = path.join(dir, 'p3.xlsx');
    const out = path.join(dir, 'mine.xlsx');
    await partialWorkbook(input);
    fs.writeFileSync(out, 'mine');
    const r = await run('repair', input, '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/已存在[\s\S]*already exists/);
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
    expect((await run('repair', input, '-o', out, '--force')).status).toBe(0);
    expect(fs.readFileSync(out).readUInt32BE(0)).toBe(0x504b0304);
  });

  it('leaves a user table with our name on another sheet alone and says where it is', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('成绩').addTable({
      name: '谈心记录表',
      ref: 'A1',
      columns: ['姓名', '成绩'].map((name) => ({ name, filterButton: true })),
      rows: [['张三', 90]],
    });
    const file = path.join(dir, 'conflict.xlsx');
    await wb.xlsx.writeFile(file);
    const before = userSheetCells(await cellsOf(file), '成绩');
    const r = await run('repair', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/未改动“成绩”：工作表“成绩”中的表格“谈心记录表”.*改名/);
    expect(userSheetCells(await cellsOf(file), '成绩')).toEqual(before);
    const again = await run('repair', file);
    expect(again.stdout).toMatch(/未改动“成绩”[\s\S]*\n文件没有改动。$/);
  });
});

/**
 * A file with WPS-like quirks (no WPS here, so made by hand): tables without a style, cells as inline
 * strings, shared formulas, a minimal package (no styles part, no docProps).
 */
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function wpsLikeWorkbook(file: string): void {
  const sheet = talksSheet(2)
    .replace('<worksheet ', `<worksheet xmlns:r="${REL_NS}" `)
    .replace('</worksheet>', '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>')
    .replace(
      '</sheetData>',
      '<row r="8"><c r="H8"><v>1</v></c><c r="I8"><f t="shared" ref="I8:I9" si="0">H8*2</f><v>2</v></c></row>' +
        '<row r="9"><c r="H9"><v>2</v></c><c r="I9"><f t="shared" si="0"/><v>4</v></c></row></sheetData>',
    );
  const parts = xlsxParts(sheet, 'A3:F5');
  parts['[Content_Types].xml'] =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
    '</Types>';
  const table = parts['xl/tables/table1.xml'].replace(
    '/>',
    '><autoFilter ref="A3:F5"/><tableColumns count="6">' +
      ['序号', '姓名', '日期', '地点', '时长（分钟）', '谈心内容']
        .map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`)
        .join('') +
      '</tableColumns></table>',
  );
  parts['xl/tables/table1.xml'] = table;
  fs.writeFileSync(file, zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));
}

describe('bzr repair on files saved by other programs', () => {
  it('a WPS-like file (no table style, inline strings, shared formulas): repaired, records and formulas kept', async () => {
    const file = path.join(dir, 'wps.xlsx');
    wpsLikeWorkbook(file);
    const before = readXlsx(fs.readFileSync(file));
    expect(before.raw.tables.talks!.values).toHaveLength(3);
    const r = await run('repair', file);
    expect(r.stderr).not.toMatch(/Unexpected/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/新建工作表：设置、学生名册、班会记录/);
    expect(r.stdout).not.toMatch(/谈心记录表|。。|。；/);
    const after = readXlsx(fs.readFileSync(file));
    expect(after.raw.tables.talks).toEqual(before.raw.tables.talks);
    expect(Object.keys(after.raw.tables).sort()).toEqual([...TABLE_KEYS].sort());
    const ws = (await loadWorkbook(file)).getWorksheet('谈心记录')!;
    expect(ws.getCell('I9').value).toMatchObject({ result: 4 });
    expect(ws.getCell('I8').value).toMatchObject({ formula: 'H8*2', result: 2 });
    const sheetXml = strFromU8(unzipSync(fs.readFileSync(file))['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toMatch(/<c r="I9"[^>]*><f[^>]*\/?>/);
    // headerRowCount was left out (its default, 1): exceljs would have saved "0", losing the header.
    const tableXml = strFromU8(unzipSync(fs.readFileSync(file))['xl/tables/table1.xml']);
    expect(tableXml).toMatch(/name="谈心记录表"[^>]*headerRowCount="1"/);
    expect((await run('repair', file)).stdout).toBe('记录表齐全，无需修复。\n文件没有改动。');
  });
});

describe('bzr repair refuses what it cannot use', () => {
  it.each([
    [[], /缺少要修复的文件/],
    [['a.xlsx', 'b.xlsx'], /多余的参数/],
    [['a.xlsx', '-o', 'b.txt'], /应以 \.xlsx 结尾/],
    [['a.xlsx', '--mask'], /未知选项/],
  ])('wrong usage %j: exit 2', async (args, message) => {
    const r = await run('repair', ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('missing file, a folder, not a zip, an .xls and a FIFO: exit 1 in Chinese and English, nothing written', async () => {
    const notZip = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(notZip, 'just text');
    const xls = path.join(dir, 'old.xlsx');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    const fifo = path.join(dir, 'pipe.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const cases = [path.join(dir, 'nope.xlsx'), dir, notZip, xls, fifo];
    for (const file of cases) {
      const r = await run('repair', file, '-o', path.join(dir, 'never.xlsx'));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/[\u4e00-\u9fff][\s\S]*\n[\s\S]*[A-Za-z]{4,}/);
      expect(r.stderr).not.toMatch(/Unexpected/);
    }
    expect(fs.existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
    expect(fs.readFileSync(notZip, 'utf8')).toBe('just text');
  });

  it('a sparse file over the size limit is refused before it is read', async () => {
    const big = path.join(dir, 'big.xlsx');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 60 * 1024 * 1024);
    fs.closeSync(fd);
    const r = await run('repair', big);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/太大[\s\S]*too big/);
  });
});
