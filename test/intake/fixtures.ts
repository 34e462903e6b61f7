// Workbooks the cross-check reads both ways: the shapes the xlsx tests build, the sample class, a
// filled template, and the same files saved again by LibreOffice.
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromYMD } from '../../src/rules/days';
import { sampleClass } from '../../src/sample';
import { createWorkbook, saveWorkbook } from '../../src/xlsx';
import { OPTIONS } from '../xlsx/helpers';

type Build = () => Promise<ExcelJS.Workbook>;

function valueShapes(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('谈话记录');
  ws.getCell('A1').value = { richText: [{ text: '标题' }, { font: { bold: true }, text: '粗体' }] };
  ws.addTable({
    name: '谈话记录表',
    ref: 'A3',
    columns: ['学生姓名', '日期', '时长（分钟）', '谈话内容', '谈话结论', '关照类型', '建议', '学生意见'].map(
      (name) => ({
        name,
      }),
    ),
    rows: [
      [
        { richText: [{ text: '艾力' }, { font: { bold: true }, text: '·买买提' }] },
        { formula: 'DATE(2026,9,8)', result: new Date(Date.UTC(2026, 8, 8)) },
        { formula: '5*2', result: 10 },
        { text: '链接文字', hyperlink: 'https://example.invalid/' },
        { error: '#N/A' },
        true,
        { formula: '1+1' },
        '=不是公式 & <b>"引号"</b>',
      ],
      ['张伟', new Date(Date.UTC(2026, 8, 9, 15, 30)), 0.5, '  前后空格  ', '换行\n第二行', false, 12.25, '_x0041_'],
    ],
  });
  ws.getCell('C5').numFmt = 'h:mm';
  return wb;
}

function sheetFallback(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('谈心记录');
  ws.getCell('A1').value = '谈心记录（手工）';
  const header = ['日期', ' 姓名 ', '额外备注', '时长(分钟)', '地点', '谈心内容'];
  header.forEach((h, i) => (ws.getCell(3, i + 2).value = h));
  const rows: unknown[][] = [
    [new Date(Date.UTC(2026, 8, 9)), '张伟', '', 10, '办公室', '谈学习'],
    [],
    ['2026/9/15', '李娜', 'x', '15分钟', '宿舍', '谈生活'],
  ];
  rows.forEach((r, j) => r.forEach((v, i) => (ws.getCell(4 + j, i + 2).value = v as ExcelJS.CellValue)));
  ws.getCell(12, 3).numFmt = 'yyyy-mm-dd';
  wb.addWorksheet('班会记录').getCell('A1').value = '只有一句话';
  const other = wb.addWorksheet('别的表');
  other.addTable({ name: '工资表', ref: 'A1', columns: [{ name: '姓名' }], rows: [['甲']] });
  return wb;
}

export const BUILDS: Record<string, Build> = {
  template: () => createWorkbook(OPTIONS),
  sample: async () => {
    const s = sampleClass({ students: 40, records: 600, semesterStart: dayFromYMD(2026, 9, 7) });
    return createWorkbook(s.options, s.rows);
  },
  date1904: async () => {
    const s = sampleClass({ students: 10, records: 80, semesterStart: dayFromYMD(2026, 9, 7) });
    const wb = await createWorkbook(s.options, s.rows);
    (wb.properties as unknown as { date1904: boolean }).date1904 = true;
    return wb;
  },
  valueShapes: async () => valueShapes(),
  sheetFallback: async () => sheetFallback(),
  notOurs: async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '工资表';
    return wb;
  },
};

export async function writeFixtures(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const [name, build] of Object.entries(BUILDS)) {
    files[name] = path.join(dir, `${name}.xlsx`);
    await saveWorkbook(await build(), files[name]);
  }
  return files;
}

export function findSoffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice']) {
    if (fs.existsSync(p)) return p;
  }
  return null;
}

/** The files saved again as .xlsx by LibreOffice (one soffice run), keyed `lo-NAME`. */
export function resaveWithLibreOffice(
  soffice: string,
  dir: string,
  files: Record<string, string>,
): Record<string, string> {
  const out = path.join(dir, 'lo');
  const r = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      ...Object.values(files),
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const saved: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) {
    const converted = path.join(out, path.basename(file));
    if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not convert ${name}: ${r.stdout}\n${r.stderr}`);
    saved[`lo-${name}`] = converted;
  }
  return saved;
}
