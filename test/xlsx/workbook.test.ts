import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { cleanText } from '../../src/plans/text';
import { recordValue } from '../../src/plans/values';
import {
  DATE_FORMAT,
  HEADER_FILL,
  HEADER_ROW,
  SETTINGS_CHOICES,
  SUBTITLE_ROW,
  TABLES,
  TABLE_KEYS,
  TABLE_STYLE,
  TITLE_ROW,
  VALIDATION_ROWS,
} from '../../src/records/schema';
import { listFormula } from '../../src/plans/validation';
import { dayFromYMD } from '../../src/rules/days';
import {
  createWorkbook,
  loadWorkbook,
  writeValue,
  validationsOf,
  writeWorkbookBuffer,
  WorkbookReadError,
} from '../../src/xlsx';
import { OPTIONS, roundTrip, tableModel } from './helpers';

describe('createWorkbook → .xlsx → load', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(await createWorkbook(OPTIONS));
  });

  it('has one sheet per schema table, in schema order, and no 量化汇总 yet', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(TABLE_KEYS.map((k) => TABLES[k].sheet));
  });

  it.each(TABLE_KEYS)('%s: title, subtitle, a real table with the exact headers, style and header fill', (key) => {
    const spec = TABLES[key];
    const ws = wb.getWorksheet(spec.sheet)!;
    expect(ws.getCell(TITLE_ROW, 1).value).toBe(spec.title);
    expect(ws.getCell(TITLE_ROW, 1).font?.bold).toBe(true);
    expect(ws.getCell(SUBTITLE_ROW, 1).value).toBe(
      '（2026-2027学年度第1学期）  专业：大数据与会计  班级：会计2301  班主任：王老师',
    );
    const t = tableModel(ws);
    expect(t.name).toBe(spec.table);
    expect(t.columns.map((c) => c.name)).toEqual(spec.columns.map((c) => c.header));
    expect(t.tableRef.startsWith(`A${HEADER_ROW}:`)).toBe(true);
    expect((t as unknown as { style: { theme: string } }).style.theme).toBe(TABLE_STYLE);
    spec.columns.forEach((col, i) => {
      const cell = ws.getCell(HEADER_ROW, i + 1);
      expect(cell.value).toBe(col.header);
      expect(cell.font?.bold).toBe(true);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${HEADER_FILL}`);
      expect(ws.getColumn(i + 1).width).toBeCloseTo(col.width, 1);
    });
  });

  it.each(TABLE_KEYS.filter((k) => k !== 'settings'))('%s: one blank body row', (key) => {
    const ws = wb.getWorksheet(TABLES[key].sheet)!;
    const t = tableModel(ws);
    expect(t.tableRef.endsWith(String(HEADER_ROW + 1))).toBe(true);
  });

  it.each(TABLE_KEYS)('%s: frozen below the header, A4, fit to width, print titles', (key) => {
    const ws = wb.getWorksheet(TABLES[key].sheet)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, printTitlesRow: '1:3' });
  });

  it('prints wide tables in landscape', () => {
    expect(wb.getWorksheet('班会记录')!.pageSetup.orientation).toBe('landscape');
    expect(wb.getWorksheet('设置')!.pageSetup.orientation).toBe('portrait');
  });

  it.each(TABLE_KEYS.filter((k) => k !== 'settings'))(
    '%s: drop-down lists and date formats on the data rows',
    (key) => {
      const spec = TABLES[key];
      const ws = wb.getWorksheet(spec.sheet)!;
      const dv = validationsOf(ws).model;
      spec.columns.forEach((col, i) => {
        const letter = String.fromCharCode(65 + i);
        for (const r of [HEADER_ROW + 1, HEADER_ROW + VALIDATION_ROWS]) {
          const v = dv[`${letter}${r}`];
          if (col.allowed) {
            expect(v).toMatchObject({ type: 'list', formulae: [listFormula(col.allowed)] });
          } else {
            expect(v).toBeUndefined();
          }
        }
        expect(dv[`${letter}${HEADER_ROW + VALIDATION_ROWS + 1}`]).toBeUndefined();
        if (col.kind === 'date') {
          expect(ws.getCell(HEADER_ROW + 1, i + 1).numFmt).toBe(DATE_FORMAT);
          expect(ws.getColumn(i + 1).numFmt).toBe(DATE_FORMAT);
        }
        if (col.kind === 'longtext') expect(ws.getCell(HEADER_ROW + 1, i + 1).alignment?.wrapText).toBe(true);
      });
    },
  );

  it('设置表 holds the template rows, dates as Date cells, drop-downs on choice keys', () => {
    const ws = wb.getWorksheet('设置')!;
    const rows = new Map<string, { value: unknown; row: number }>();
    for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
      rows.set(String(ws.getCell(r, 1).value), { value: ws.getCell(r, 2).value, row: r });
    }
    expect(rows.get('模板版本')?.value).toBe(1);
    expect(rows.get('班级')?.value).toBe('会计2301');
    expect(rows.get('班主任')?.value).toBe('王老师');
    expect(rows.get('学年度')?.value).toBe('2026-2027');
    expect(rows.get('学期')?.value).toBe(1);
    expect(rows.get('学期周数')?.value).toBe(18);
    expect(rows.get('考核规则')?.value).toBe('财经学院');
    const start = rows.get('学期开始日期')!;
    expect(start.value).toEqual(new Date(Date.UTC(2026, 8, 7)));
    expect(ws.getCell(start.row, 2).numFmt).toBe(DATE_FORMAT);
    const dv = validationsOf(ws).model;
    for (const [key, choices] of Object.entries(SETTINGS_CHOICES)) {
      expect(dv[`B${rows.get(key)!.row}`]).toMatchObject({ type: 'list', formulae: [listFormula(choices)] });
    }
    expect(dv[`B${rows.get('班级')!.row}`]).toBeUndefined();
  });
});

describe('createWorkbook with rows', () => {
  it('writes the rows as the table body, numbers seq columns and covers every row with drop-downs', async () => {
    const talks = Array.from({ length: VALIDATION_ROWS + 20 }, (_, i) => ({
      names: `学生${i}`,
      date: { day: dayFromYMD(2026, 9, 8) },
      place: '办公室',
      minutes: 10,
      content: '=HYPERLINK("http://x")',
    }));
    const meetings = [{ kind: '班会', topic: '+SUM(1)', date: { day: dayFromYMD(2026, 9, 8) }, expected: 30 }];
    const wb = await roundTrip(await createWorkbook(OPTIONS, { talks, meetings }));
    const ws = wb.getWorksheet('谈心记录')!;
    expect(tableModel(ws).tableRef).toBe(`A3:F${3 + talks.length}`);
    expect(ws.getCell(4, 1).value).toBe(1);
    expect(ws.getCell(3 + talks.length, 1).value).toBe(talks.length);
    expect(ws.getCell(4, 3).value).toEqual(new Date(Date.UTC(2026, 8, 8)));
    // Text that looks like a formula stays text (SPEC §6).
    expect(ws.getCell(4, 6).value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell(4, 6).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(4, 6).formula).toBeUndefined();
    const m = wb.getWorksheet('班会记录')!;
    expect(m.getCell(4, 3).value).toBe('+SUM(1)');
    expect(m.getCell(4, 2).value).toBe('班会');
    expect(validationsOf(m).model['B4']).toBeDefined();
  });
});

describe('recordValue and writeValue', () => {
  const text = TABLES.talks.columns[5];
  const date = TABLES.talks.columns[2];
  const yesNo = TABLES.activities.columns.find((c) => c.field === 'advisorPresent')!;

  it('turns days into UTC-midnight Dates and keeps text as text', () => {
    expect(recordValue(date, { day: dayFromYMD(2026, 9, 1) })).toEqual({ day: dayFromYMD(2026, 9, 1) });
    for (const s of ['=1+1', '+1', '-1', '@A1', '=cmd|"/c calc"!A0']) expect(recordValue(text, s)).toBe(s);
    expect(recordValue(text, null)).toBeNull();
    expect(recordValue(text, undefined)).toBeNull();
    expect(recordValue(text, 12)).toBe(12);
    expect(recordValue(text, Number.NaN)).toBeNull();
    expect(recordValue(yesNo, true)).toBe('是');
    expect(recordValue(yesNo, false)).toBe('否');
    expect(recordValue(text, 'a\u0000b\u0007c')).toBe('abc');
  });

  it('any text survives a write and a read unchanged (except characters XML cannot carry)', async () => {
    const samples = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { numRuns: 300, seed: 42 });
    const extra = ['=1+2', '+x', '-5', '@SUM(A1)', ' 前后空格 ', '艾力·买买提', '\t制表\n换行', '#N/A'];
    const all = [...extra, ...samples].filter((s) => cleanText(s) !== '');
    const ExcelJSRuntime = (await import('exceljs')).default;
    const wb = new ExcelJSRuntime.Workbook();
    const ws = wb.addWorksheet('t');
    all.forEach((s, i) => writeValue(ws.getCell(i + 1, 1), recordValue(text, s)));
    const back = (await roundTrip(wb)).getWorksheet('t')!;
    all.forEach((s, i) => {
      const cell = back.getCell(i + 1, 1);
      expect({ i, v: cell.value }).toEqual({ i, v: cleanText(s) });
      expect(cell.formula).toBeUndefined();
    });
  });
});

describe('loadWorkbook errors', () => {
  it('missing file', async () => {
    await expect(loadWorkbook('/nonexistent/x.xlsx')).rejects.toThrow(/找不到文件[\s\S]*File not found/);
  });
  it('not a zip', async () => {
    const err = await loadWorkbook(Buffer.from('hello, this is text')).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err.message).toMatch(/不是 Excel 工作簿[\s\S]*not an Excel workbook/);
  });
  it('old .xls', async () => {
    const bytes = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(loadWorkbook(bytes)).rejects.toThrow(/\.xls[\s\S]*old \.xls/);
  });
  it('damaged zip', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await expect(loadWorkbook(bytes)).rejects.toThrow(/已损坏[\s\S]*damaged/);
  });
  it('accepts an ArrayBuffer', async () => {
    const buf = await writeWorkbookBuffer(await createWorkbook({}));
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const wb = await loadWorkbook(ab as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(TABLE_KEYS.length);
  });
});

describe('loadWorkbook from bytes as a browser has them (File.arrayBuffer(), no Buffer)', () => {
  it('an ArrayBuffer and a plain Uint8Array load the same workbook as a Buffer', async () => {
    const buffer = await writeWorkbookBuffer(await createWorkbook(OPTIONS));
    const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    for (const input of [arrayBuffer, new Uint8Array(arrayBuffer)]) {
      const wb = await loadWorkbook(input);
      expect(wb.worksheets.map((w) => w.name)).toEqual(TABLE_KEYS.map((k) => TABLES[k].sheet));
    }
  });
  it('signatures are checked on plain bytes too', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]).buffer;
    await expect(loadWorkbook(xls)).rejects.toThrow(/旧版 \.xls/);
    await expect(loadWorkbook(new Uint8Array([1, 2]))).rejects.toThrow(/不是 Excel 工作簿/);
  });
});

describe('quote prefix: text that looks like a formula stays text on F2+Enter', () => {
  it('the saved style of such cells has quotePrefix="1"; other text has none', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const ExcelJSRuntime = (await import('exceljs')).default;
    const wb = new ExcelJSRuntime.Workbook();
    const ws = wb.addWorksheet('t');
    const texts = ['=1+1', '+86 139', '-待观察', '@全体', '普通文字', '001'];
    texts.forEach((s, i) => writeValue(ws.getCell(i + 1, 1), s));
    const files = unzipSync(new Uint8Array(await writeWorkbookBuffer(wb)));
    const styles = strFromU8(files['xl/styles.xml']);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}"[^>]*?s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
    texts.forEach((s, i) => {
      const quoted = /quotePrefix="1"/.test(xfs[styleOf(`A${i + 1}`)] ?? '');
      expect({ s, quoted }).toEqual({ s, quoted: /^[=+\-@]/.test(s) });
    });
    // And the text reads back unchanged, never as a formula.
    const back = (await roundTrip(wb)).getWorksheet('t')!;
    texts.forEach((s, i) => expect(back.getCell(i + 1, 1).value).toBe(s));
  });
});
