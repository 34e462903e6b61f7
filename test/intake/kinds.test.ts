// Each wrong kind of file gets its own message saying what to do (SPEC §6), on the CLI in Chinese
// and English with exit status 1.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8 } from 'fflate';
import { readWorkbookBytes } from '../../src/intake';
import { readWorkbookFile } from '../../src/intake/node';
import { main } from '../../src/cli';
import { createWorkbook, writeWorkbookBuffer } from '../../src/xlsx';
import { OPTIONS } from '../xlsx/helpers';
import { oleWith, writeZip } from './make';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bzr-kinds-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

async function cli(p: string): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(['score', p], { out: () => undefined, err: (s) => (err += s) });
  return { code, err };
}

it('.ods: save as .xlsx in WPS/LibreOffice', async () => {
  const p = path.join(dir, 'a.ods');
  writeZip(p, { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' });
  await expect(readWorkbookFile(p)).rejects.toMatchObject({
    code: 'ods',
    zh: expect.stringMatching(/WPS 或 LibreOffice 中打开，另存为 \.xlsx/),
  });
  const r = await cli(p);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/OpenDocument 表格（\.ods）[\s\S]*OpenDocument spreadsheet/);
});

it('.xls: an OLE file with a Workbook stream', async () => {
  const p = file('old.xls', oleWith('Workbook'));
  await expect(readWorkbookFile(p)).rejects.toMatchObject({
    code: 'xls',
    zh: expect.stringMatching(/另存为 Excel 工作簿（\.xlsx）/),
  });
});

it('a password-protected .xlsx (made by officecrypto-tool): remove the password', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const crypto = require('officecrypto-tool') as {
    encrypt(b: Buffer, o: { password: string }): Buffer | Promise<Buffer>;
  };
  const plain = await writeWorkbookBuffer(await createWorkbook(OPTIONS));
  const p = file('locked.xlsx', await crypto.encrypt(plain, { password: '123456' }));
  await expect(readWorkbookFile(p)).rejects.toMatchObject({
    code: 'encrypted',
    zh: expect.stringMatching(/请先取消密码/),
  });
  const r = await cli(p);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/设置了打开密码[\s\S]*password-protected/);
});

it('a zip that is not an .xlsx, and a file that is not a zip', async () => {
  const zip = path.join(dir, 'photos.xlsx');
  writeZip(zip, { 'readme.txt': 'hello' });
  await expect(readWorkbookFile(zip)).rejects.toMatchObject({
    code: 'zip-not-xlsx',
    zh: expect.stringMatching(/是压缩包，但不是 Excel 工作簿/),
  });
  const text = file('notes.xlsx', '学号,姓名\n1,张伟\n');
  await expect(readWorkbookFile(text)).rejects.toMatchObject({
    code: 'not-zip',
    zh: expect.stringMatching(/不是 Excel 工作簿（\.xlsx）/),
  });
  await expect(readWorkbookFile(file('empty.xlsx', ''))).rejects.toMatchObject({ code: 'not-zip' });
});

it('a truncated .xlsx is damaged, and a missing file is not found', async () => {
  const full = await writeWorkbookBuffer(await createWorkbook(OPTIONS));
  const p = file('cut.xlsx', full.subarray(0, Math.floor(full.length / 2)));
  await expect(readWorkbookFile(p)).rejects.toMatchObject({ code: 'damaged', zh: expect.stringMatching(/已损坏/) });
  await expect(readWorkbookFile(path.join(dir, 'nope.xlsx'))).rejects.toMatchObject({ code: 'not-found' });
});

it('a browser File is refused by its size before it is read', async () => {
  const big = new Blob([new Uint8Array(2048)]);
  let read = false;
  const spy = Object.assign(big, { arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) });
  await expect(readWorkbookBytes(spy, 'big.xlsx', { maxFileBytes: 1024 })).rejects.toMatchObject({
    code: 'too-big',
    zh: expect.stringMatching(/文件“big\.xlsx”太大/),
  });
  expect(read).toBe(false);
  await expect(readWorkbookBytes(strToU8('PK'), 'x.xlsx')).rejects.toMatchObject({ code: 'damaged' });
});
