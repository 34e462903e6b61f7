// Reading workbooks for everything that only reads (bzr score, the consolidation, the stand-alone
// pane): bounded and streaming (SPEC §6). Browser-safe; Node callers use ./node for files.
import { DEFAULT_LIMITS, tooBig, type Limits } from './errors';
import { readXlsx, type IntakeResult } from './read';

export { IntakeError, DEFAULT_LIMITS, type IntakeErrorCode, type Limits } from './errors';
export { readXlsx, MAX_COLUMNS, type IntakeResult } from './read';

/**
 * Reads an .xlsx given as bytes or as a Blob/File (the browser). A Blob's size is checked before
 * any byte of it is read. `name` (e.g. the File's name) goes into the messages.
 */
export async function readWorkbookBytes(
  input: Uint8Array | ArrayBuffer | Blob,
  name?: string,
  limits: Partial<Limits> = {},
): Promise<IntakeResult> {
  const lim: Limits = { ...DEFAULT_LIMITS, ...limits };
  const fileName = name ?? (typeof File !== 'undefined' && input instanceof File ? input.name : undefined);
  const label = fileName ? `“${fileName}”` : '';
  let bytes: Uint8Array;
  if (input instanceof Uint8Array) bytes = input;
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  else {
    if (input.size > lim.maxFileBytes) throw tooBig(label, input.size, lim.maxFileBytes);
    bytes = new Uint8Array(await input.arrayBuffer());
  }
  return readXlsx(bytes, label, lim);
}
