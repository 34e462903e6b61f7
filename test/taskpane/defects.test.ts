// The pane defects of issue 10 item 6 and the start-up of issue 8 item 4, each checked where it lives.
import * as fs from 'fs';
import * as path from 'path';
import { WorkbookReadError } from '../../src/xlsx/workbook';
import { STATUS_COLORS } from '../../src/taskpane/components/statusColors';
import { describeError } from '../../src/taskpane/messages';
import { CELL_EDIT_MESSAGE, withCellEditRetry } from '../../src/taskpane/session/retry';
import { insideOffice } from '../../src/taskpane/startup/host';
import { CJK_FONT_STACK, theme } from '../../src/taskpane/theme';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveBanner } = require('../../scripts/start.js') as { serveBanner: (p: 'http' | 'https') => string };

test('npm start prints only the address that answers: no https address after the HTTP fallback', () => {
  expect(serveBanner('http')).not.toMatch(/https:\/\//);
  expect(serveBanner('http')).toContain('http://localhost:3000/taskpane.html');
  expect(serveBanner('https')).toContain('https://localhost:3000/taskpane.html');
  expect(serveBanner('https')).not.toMatch(/http:\/\/localhost/);
});

test('a CJK font stack for Windows, macOS and Linux', () => {
  for (const f of ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC']) expect(CJK_FONT_STACK).toContain(f);
  expect(theme.fontFamilyBase).toBe(CJK_FONT_STACK);
});

test('待学年末: the bar is as neutral as its badge (not orange-red)', () => {
  expect(STATUS_COLORS.pending.badge).toBe('informative');
  expect(STATUS_COLORS.pending.bar).toBeUndefined();
  expect(STATUS_COLORS.unmet).toEqual({ badge: 'danger', bar: 'error' });
});

test('a bad file is reported in Chinese only', () => {
  const e = new WorkbookReadError('文件不是 Excel 工作簿（.xlsx）。', 'The input is not an Excel workbook (.xlsx).');
  expect(describeError(e)).toBe(e.zh);
  expect(describeError(new Error('GeneralException'))).not.toMatch(/[A-Za-z]/);
});

describe('start-up: inside Office is known before office.js is ready', () => {
  const env = { search: '', windowName: '', sessionHostInfo: null, externalHostInfo: false };
  test('the _host_Info query parameter Office adds', () => {
    expect(insideOffice({ ...env, search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' })).toBe(true);
    expect(insideOffice({ ...env, search: '?a=1&_host_Info=Excel|Web' })).toBe(true);
  });
  test('what office.js keeps after a navigation, and the Windows bridge', () => {
    expect(insideOffice({ ...env, sessionHostInfo: 'Excel$Web$16.00' })).toBe(true);
    expect(insideOffice({ ...env, windowName: JSON.stringify({ hostInfo: 'Excel|Web' }) })).toBe(true);
    expect(insideOffice({ ...env, externalHostInfo: true })).toBe(true);
  });
  test('a plain browser is stand-alone at once', () => {
    expect(insideOffice(env)).toBe(false);
    expect(insideOffice({ ...env, search: '?x=_host_Info', windowName: 'not json' })).toBe(false);
  });
});

describe('the pane’s own calls survive InvalidOperationInCellEditMode', () => {
  const editing = Object.assign(new Error('cell edit'), { code: 'InvalidOperationInCellEditMode' });
  test('retried, then succeeds', async () => {
    let calls = 0;
    const r = await withCellEditRetry(
      async () => {
        if (++calls < 2) throw editing;
        return 'ok';
      },
      { waitMs: 1 },
    );
    expect([r, calls]).toEqual(['ok', 2]);
  });
  test('still editing: a Chinese message that says what to do', async () => {
    let calls = 0;
    const p = withCellEditRetry(
      async () => {
        calls++;
        throw editing;
      },
      { tries: 3, waitMs: 1 },
    );
    await expect(p).rejects.toThrow(CELL_EDIT_MESSAGE);
    expect(calls).toBe(3);
    expect(describeError(await p.catch((e) => e))).toMatch(/Enter 或 Esc/);
  });
  test('other errors are not retried', async () => {
    let calls = 0;
    await expect(
      withCellEditRetry(async () => {
        calls++;
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(calls).toBe(1);
  });
});

test('messages never mention a button that does not exist: the gateways’ “创建/修复…” is in both toolbars', () => {
  const root = path.join(__dirname, '..', '..');
  const toolbar = fs.readFileSync(path.join(root, 'src/taskpane/shell/Toolbar.tsx'), 'utf8');
  const labels = [...toolbar.matchAll(/>\s*\n?\s*([^<>{}\n]+?)\s*\n?\s*<\/Button>/g)].map((m) => m[1].trim());
  expect(labels).toContain('创建/修复记录表');
  for (const f of ['src/excel/append.ts', 'src/xlsx/append.ts']) {
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    for (const m of text.matchAll(/点击“([^”]+)”/g)) expect(labels.some((l) => l.startsWith(m[1]))).toBe(true);
  }
  // The repair button is shown in both modes once a workbook is open (not only in Excel).
  expect(toolbar.indexOf('{repair}')).toBeGreaterThan(toolbar.indexOf("if (host === 'excel')"));
  expect(toolbar.lastIndexOf('{repair}')).toBeGreaterThan(toolbar.indexOf('打开工作簿…'));
});
