// How a custom function reports bad input. In Excel the runtime provides CustomFunctions.Error; in
// Jest and Node (tests, benchmarks) there is no such global, so a local Error with the same
// { code, message } shape stands in. Every function throws through `fail` only.

/** The two error values our functions answer with (SPEC §4: #VALUE! / #N/A with a Chinese message). */
export type FunctionErrorCode = '#VALUE!' | '#N/A';

/** Local stand-in for CustomFunctions.Error outside Excel. */
export class FunctionError extends Error {
  readonly code: FunctionErrorCode;
  constructor(code: FunctionErrorCode, message: string) {
    super(message);
    this.name = 'FunctionError';
    this.code = code;
  }
}

function runtimeErrors(): typeof CustomFunctions | null {
  // typeof guards the ReferenceError when the global does not exist at all.
  if (typeof CustomFunctions === 'undefined') return null;
  const cf = CustomFunctions as Partial<typeof CustomFunctions>;
  return typeof cf.Error === 'function' && cf.ErrorCode ? (cf as typeof CustomFunctions) : null;
}

/** Builds the error object Excel shows as #VALUE! or #N/A with our message in the cell's tooltip. */
export function functionError(code: FunctionErrorCode, message: string): Error | CustomFunctions.Error {
  const cf = runtimeErrors();
  if (cf) {
    const errorCode = code === '#N/A' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue;
    return new cf.Error(errorCode, message);
  }
  return new FunctionError(code, message);
}

/** #VALUE!: the input cannot be used as given. */
export function invalid(message: string): never {
  throw functionError('#VALUE!', message);
}

/** #N/A: the input is fine but the answer does not exist (e.g. 阿克苏职院 defines no points). */
export function notAvailable(message: string): never {
  throw functionError('#N/A', message);
}

/** Whether a thrown value is one of ours (local or runtime error with a code). */
export function isFunctionError(e: unknown): e is { code: string; message: string } {
  if (e instanceof FunctionError) return true;
  const cf = runtimeErrors();
  return cf !== null && e instanceof cf.Error;
}
