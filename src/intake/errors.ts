// Why a file was refused (SPEC §6 "Bounded", "Clear errors"): a stable code for programs, a Chinese
// message for the user (pane, CLI) and its English twin (CLI stderr).

export type IntakeErrorCode =
  | 'not-found'
  | 'not-regular' // directory, FIFO, device, socket
  | 'unreadable'
  | 'too-big' // the file itself, before reading
  | 'part-too-big' // one zip entry, counted while inflating
  | 'too-many-rows'
  | 'ods'
  | 'xls'
  | 'encrypted'
  | 'zip-not-xlsx'
  | 'not-zip'
  | 'damaged';

export class IntakeError extends Error {
  constructor(
    readonly code: IntakeErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`);
    this.name = 'IntakeError';
  }

  /** The Chinese message without the file's quoted name, for lists that name the file beside it. */
  get zhUnnamed(): string {
    return this.zh.replace(/文件“[^”]*”/u, '文件');
  }
}

/** Limits of SPEC §6; tests pass smaller ones. */
export interface Limits {
  /** Bytes of the file itself. */
  maxFileBytes: number;
  /** Inflated bytes of any one part of the .xlsx. */
  maxPartBytes: number;
  /** Data rows of one table. */
  maxRows: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxFileBytes: 50 * 1024 * 1024,
  maxPartBytes: 100 * 1024 * 1024,
  maxRows: 200_000,
};

const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** `label` names the file for the user, e.g. “class.xlsx”; empty when there is no name. */
export function tooBig(label: string, size: number, limit: number): IntakeError {
  return new IntakeError(
    'too-big',
    `文件${label}太大（${mb(size)}），超过了 ${mb(limit)} 的上限，未读取。请检查是否选错了文件；记录工作簿通常只有几 MB。`,
    `${label || 'The file'} is too big (${mb(size)}; the limit is ${mb(limit)}) and was not read. Check that this is the right file.`,
  );
}

export function partTooBig(label: string, part: string, limit: number): IntakeError {
  return new IntakeError(
    'part-too-big',
    `文件${label}中的“${part}”解压后超过 ${mb(limit)}，已停止读取。文件可能已损坏或不是正常的工作簿；请在 Excel 中打开并另存为 .xlsx 后重试。`,
    `${label || 'The file'}: part ${part} inflates past ${mb(limit)}; reading stopped. The file may be damaged or malicious; open it in Excel and save it again as .xlsx.`,
  );
}

export function tooManyRows(label: string, table: string, sheet: string, limit: number): IntakeError {
  return new IntakeError(
    'too-many-rows',
    `文件${label}的工作表“${sheet}”中，表格“${table}”超过 ${limit} 行，已停止读取。请删除多余的空行或把记录拆分到多个工作簿。`,
    `${label || 'The file'}: table ${table} on sheet ${sheet} has more than ${limit} rows; reading stopped. Delete unused rows or split the records.`,
  );
}

export function damaged(label: string, detail: string): IntakeError {
  return new IntakeError(
    'damaged',
    `文件${label}已损坏或不是有效的 .xlsx 工作簿，无法读取。请在 Excel 中打开并重新保存后重试。`,
    `${label || 'The file'} is damaged or not a valid .xlsx workbook (${detail}). Open it in Excel, save it again and retry.`,
  );
}
