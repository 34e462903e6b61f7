// What kind of file this is, from its bytes, so that each wrong kind gets its own message (SPEC §6):
// .xls and encrypted .xlsx are both OLE compound files (signature D0 CF 11 E0); an encrypted
// .xlsx holds an "EncryptionInfo" stream (MS-OFFCRYPTO 2.3.4), an .xls a "Workbook" (or "Book") stream.
import { IntakeError } from './errors';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

/** Whether `name` occurs as a UTF-16LE string (OLE directory entry names are stored that way). */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  const first = pattern[0];
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - pattern.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Throws the message for anything that is not a zip file; returns for a zip (checked further by the reader). */
export function checkSignature(bytes: Uint8Array, label: string): void {
  if (startsWith(bytes, OLE)) {
    if (hasUtf16(bytes, 'EncryptionInfo') || hasUtf16(bytes, 'EncryptedPackage')) {
      throw new IntakeError(
        'encrypted',
        `文件${label}设置了打开密码，无法读取。请先取消密码：在 Excel 中打开，点击“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后保存，再重试。`,
        `${label || 'The file'} is password-protected. Remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save and retry.`,
      );
    }
    throw new IntakeError(
      'xls',
      `文件${label}是旧版 Excel 97-2003 工作簿（.xls），无法读取。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后重试。`,
      `${label || 'The file'} is an old Excel 97-2003 workbook (.xls). Open it and save it as an .xlsx workbook.`,
    );
  }
  if (!startsWith(bytes, ZIP)) {
    throw new IntakeError(
      'not-zip',
      `文件${label}不是 Excel 工作簿（.xlsx）。请选择用 Excel、WPS 或 LibreOffice 保存的 .xlsx 文件。`,
      `${label || 'The file'} is not an Excel workbook (.xlsx). Choose an .xlsx file.`,
    );
  }
}

/** An OpenDocument spreadsheet: a zip whose `mimetype` entry names it (ODF 1.2 part 3, 3.3). */
export function odsError(label: string): IntakeError {
  return new IntakeError(
    'ods',
    `文件${label}是 OpenDocument 表格（.ods），无法直接读取。请在 WPS 或 LibreOffice 中打开，另存为 .xlsx（Excel 工作簿）后重试。`,
    `${label || 'The file'} is an OpenDocument spreadsheet (.ods). Open it in WPS or LibreOffice and save it as .xlsx.`,
  );
}

export function zipNotXlsxError(label: string): IntakeError {
  return new IntakeError(
    'zip-not-xlsx',
    `文件${label}是压缩包，但不是 Excel 工作簿（.xlsx）。如果是 .zip 压缩文件，请先解压，再选择其中的 .xlsx 文件。`,
    `${label || 'The file'} is a zip archive but not an .xlsx workbook. Unpack it and choose the .xlsx file inside.`,
  );
}
