// The SpreadsheetML writer on its own: well-formed parts, text that survives any Unicode, Excel's
// quoting and naming rules, the --history reader on its output (src/intake: intake.test.ts), and `bzr consolidate`
// writing SUMMARY.xlsx without loading exceljs.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { readHistoryBytes } from '../../src/consolidate/read-history';
import { summaryPlans } from '../../src/consolidate/sheets';
import type { SheetPlan } from '../../src/plans/model';
import { cleanText } from '../../src/plans/text';
import { writeXlsx } from '../../src/sheetml';
import { zlibCodec } from '../../src/sheetml/node';
import { crc32 } from '../../src/sheetml/zip';
import { BIN, ROOT, tmpDir } from '../cli/helpers';
import { classWorkbook, ensureConsolidateDist } from '../consolidate/helpers';
import { everyFieldPlans, richConsolidation, TRICKY } from './fixtures';

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

async function exceljsRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const textPlan = (texts: readonly string[]): SheetPlan[] => [
  {
    name: 'T',
    cells: texts.map((value, i) => ({ row: i + 1, col: 1, value })),
    tables: [],
  },
];

/** What a text cell must read back as: cleanText's text, a lone surrogate as U+FFFD (UTF-8 has none). */
const expectedText = (s: string): string | null => {
  const t = cleanText(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return t === '' ? null : t;
};

/**
 * A text as exceljs 4.4 reads it. It decodes _xHHHH_ (ECMA-376 Part 1, 22.9.2.19) in shared strings but
 * not in inline ones, where Excel does: there the writer's `_x005F_` escape is undone here.
 */
function exceljsText(v: unknown, strings: 'shared' | 'inline'): unknown {
  return strings === 'inline' && typeof v === 'string' ? v.replace(/_x005F_/g, '_') : (v ?? null);
}

describe('every part is well-formed XML', () => {
  const books = {
    summary: writeXlsx(summaryPlans(richConsolidation(false))),
    everyField: writeXlsx(everyFieldPlans()),
    inline: writeXlsx(everyFieldPlans(), { strings: 'inline' }),
  };
  it.each(Object.keys(books))('%s', (name) => {
    for (const [part, xml] of Object.entries(parts(books[name as keyof typeof books]))) {
      const parser = new SaxesParser({ xmlns: true });
      let error: Error | null = null;
      parser.on('error', (e) => {
        error = e;
      });
      parser.write(xml).close();
      expect([part, error]).toEqual([part, null]);
    }
  });
});

it("quotes sheet names in print titles and areas as Excel does ('It''s')", () => {
  const wb = parts(writeXlsx(everyFieldPlans("It's 全部")))['xl/workbook.xml'];
  expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'It''s 全部'!$3:$3</definedName>`);
  expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'It''s 全部'!$A$3:$F$12</definedName>`);
});

it('gives a table unique, non-blank column names and writes the same names in its header cells', async () => {
  const plan: SheetPlan = {
    name: 'S',
    cells: [],
    tables: [
      {
        name: '表',
        headerRow: 1,
        firstCol: 1,
        columns: ['名称', '名称', '', 'a', 'A'].map((header) => ({ header })),
        rows: [],
        style: null,
      },
    ],
  };
  const names = ['名称', '名称2', '列3', 'a', 'A2'];
  const table = parts(writeXlsx([plan]))['xl/tables/table1.xml'];
  expect([...table.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => m[1])).toEqual(names);
  const ws = (await exceljsRead(writeXlsx([plan]))).getWorksheet('S')!;
  expect(names.map((_, i) => ws.getCell(1, i + 1).value)).toEqual(names);
});

it('writes the same bytes for the same plans, and stores each style once', () => {
  const plans = summaryPlans(richConsolidation(false));
  expect(writeXlsx(plans)).toEqual(writeXlsx(plans));
  const xfs = parts(writeXlsx(plans))['xl/styles.xml'].match(/<cellXfs[^>]*>[\s\S]*<\/cellXfs>/)![0];
  const list = xfs.match(/<xf\b[^>]*(\/>|>[\s\S]*?<\/xf>)/g)!;
  expect(new Set(list).size).toBe(list.length);
});

describe('text survives write → exceljs read', () => {
  it.each(['shared', 'inline'] as const)('the tricky texts and _xHHHH_ look-alikes (%s strings)', async (strings) => {
    const texts = [...TRICKY, '_x0041_', '_X0041_x_', 'a\r\nb', 'bell\u0007', '\ud800 lone', '\u0000', 'x'];
    const ws = (await exceljsRead(writeXlsx(textPlan(texts), { strings }))).getWorksheet('T')!;
    expect(texts.map((_, i) => exceljsText(ws.getCell(i + 1, 1).value, strings))).toEqual(texts.map(expectedText));
  });

  it('any string (any Unicode, control characters, & < > " \', leading = + - @)', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '&', '<', '>', '"', "'", '_x0041_'), fc.string({ unit: 'grapheme' }))
        .map(([a, b]) => a + b),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 12 }), fc.boolean(), async (texts, inline) => {
        const bytes = writeXlsx(textPlan(texts), { strings: inline ? 'inline' : 'shared' });
        const ws = (await exceljsRead(bytes)).getWorksheet('T')!;
        const strings = inline ? 'inline' : 'shared';
        expect(texts.map((_, i) => exceljsText(ws.getCell(i + 1, 1).value, strings))).toEqual(texts.map(expectedText));
      }),
      { numRuns: 150 },
    );
  });
});

it('--history (read-history.ts) reads the 汇总结果 table back: the same rows', async () => {
  const c = richConsolidation(false);
  const r = readHistoryBytes('SUMMARY.xlsx', writeXlsx(summaryPlans(c)));
  expect(r).toEqual({ rows: c.results, problems: [] });
});

// bin/bzr.js runs the webpack bundle (exceljs external) or tsc's dist/cli, whichever is newer: both are checked.
it.each([
  ['bin/bzr.js', BIN],
  ['dist/cli', path.join(ROOT, 'dist', 'cli', 'index.js')],
])(
  'bzr consolidate (%s) writes SUMMARY.xlsx and reads --history without loading exceljs',
  async (_, entry) => {
    ensureConsolidateDist();
    const dir = tmpDir();
    await classWorkbook(path.join(dir, 'in'), { className: '会计01', advisor: '甲老师' });
    await classWorkbook(path.join(dir, 'in'), { className: '会计02', advisor: '乙老师', variant: 'minus3' });
    // A preload that records every module request of the CLI and of its workers (NODE_OPTIONS).
    const hook = path.join(dir, 'hook.js');
    const log = path.join(dir, 'modules.log');
    fs.writeFileSync(
      hook,
      `const M = require('module'); const fs = require('fs'); const load = M._load;
     M._load = function (request, ...rest) { fs.appendFileSync(${JSON.stringify(log)}, request + '\\n'); return load.call(this, request, ...rest); };`,
    );
    const out = path.join(dir, 'SUMMARY.xlsx');
    const run = (argv: string[]) => {
      const main = `require(${JSON.stringify(entry)}).main(${JSON.stringify(argv)}).then((c) => (process.exitCode = c))`;
      const r = spawnSync(process.execPath, entry === BIN ? [BIN, ...argv] : ['-e', main], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: `--require ${hook}` },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    };
    run(['consolidate', path.join(dir, 'in'), '-o', out, '--jobs', '1']);
    // The next term reads this summary back (--history): through the bounded reader, not exceljs.
    run(['consolidate', path.join(dir, 'in'), '--history', out, '-o', path.join(dir, 'NEXT.xlsx'), '--jobs', '1']);
    const loaded = fs.readFileSync(log, 'utf8').split('\n');
    expect(loaded).toContain('worker_threads'); // the hook saw the run, workers included
    expect(loaded.filter((m) => /exceljs/.test(m))).toEqual([]);
    const ws = (await exceljsRead(fs.readFileSync(out))).getWorksheet('汇总')!;
    expect(ws.getCell('B3').value).toBe('甲老师');
  },
  120_000,
);

it("the ZIP holds the same parts whether fflate or Node's zlib deflates them, and the CRCs agree", () => {
  const plans = summaryPlans(richConsolidation(false));
  const viaFflate = writeXlsx(plans);
  const viaZlib = writeXlsx(plans, { codec: zlibCodec });
  expect(parts(viaZlib)).toEqual(parts(viaFflate));
  expect(Object.keys(parts(viaZlib))[0]).toBe('[Content_Types].xml');
  const data = new TextEncoder().encode('汇总 SUMMARY '.repeat(1000));
  expect(crc32(data)).toBe(zlibCodec.crc32(data));
  expect(crc32(new Uint8Array())).toBe(0);
});
