// An Excel calling harness: reads the custom-functions metadata as the build makes it
// (custom-functions-metadata on src/functions/functions.ts, then the build's own post-processing,
// scripts/functions-metadata.js — the same steps webpack.config.js runs) and calls each function the
// way Excel's runtime does. Each behaviour modelled, with its source (TOOLING.md "The real host"):
// - one JavaScript argument per declared parameter; a repeating parameter gets ONE array holding every
//   argument the user typed for it; an omitted optional gets null; an invocation object comes last
//   (office-js-docs-pr docs/excel/custom-functions-parameter-options.md, "Repeating parameters",
//   "Invocation parameter");
// - every range is a fresh 2-D array per call; a single value given to a matrix parameter arrives as
//   [[value]] (custom-functions-parameter-options.md, "Matrix types"/"Dimensionality");
// - blank cells arrive as '', null or 0 depending on the Excel build (OfficeDev/office-js issues #4702,
//   #5262, #1951): chosen per harness with `blanks`;
// - date cells (given here as JS Dates) arrive as serial numbers of the workbook's date system;
// - an error cell (given here as excelError('#N/A')) aborts the call with that error unless the
//   metadata has allowErrorForDataTypeAny and the parameter is `any`
//   (docs/excel/custom-functions-json.md; custom-functions-errors.md); with it, the function gets an
//   error cell value { type: 'Error', basicType: 'Error', basicValue, errorType }
//   (docs/excel/excel-data-types-concepts.md, "Improved error support");
// - data-type objects (formatted numbers, entities) reach `any` parameters as they are when
//   allowCustomDataForDataTypeAny is set, else as their basicValue (excel-data-types-concepts.md);
// - `number`/`string` parameters are converted before the call; text that is not a number given to a
//   `number` parameter answers #VALUE! without reaching the code
//   (custom-functions-json-autogeneration.md, "Types").
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as F from '../../src/functions/functions';
import { setDate1904 } from '../../src/functions/date-system';
import { isFunctionError } from '../../src/functions/errors';
import { dayFromDate, serialFromDay } from '../../src/rules/days';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishMetadata } = require('../../scripts/functions-metadata') as { finishMetadata: (t: string) => string };

const INPUT = path.join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');

export interface ParamMeta {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMeta {
  id: string;
  name: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: string };
}
export interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMeta[];
}

let metadata: Promise<Metadata> | null = null;

/** The finished functions.json (generated once per test file). */
export function loadMetadata(): Promise<Metadata> {
  metadata ??= generateCustomFunctionsMetadata(INPUT, false).then((r) => {
    if (r.errors.length) throw new Error(`metadata errors: ${r.errors.join('; ')}`);
    return JSON.parse(finishMetadata(r.metadataJson)) as Metadata;
  });
  return metadata;
}

/** An error cell of the sheet (#N/A, #DIV/0!…). */
export class ExcelErrorCell {
  constructor(readonly code: string) {}
}
export const excelError = (code: string): ExcelErrorCell => new ExcelErrorCell(code);

const ERROR_TYPES: Record<string, string> = {
  '#N/A': 'NotAvailable',
  '#VALUE!': 'Value',
  '#REF!': 'Ref',
  '#DIV/0!': 'Div0',
  '#NUM!': 'Num',
  '#NAME?': 'Name',
  '#NULL!': 'Null',
};

export type BlankEncoding = '' | null | 0;

export interface WorkbookOptions {
  /** How this Excel build passes blank cells. Default ''. */
  blanks?: BlankEncoding;
  /** The workbook's date system. Default false (1900). */
  date1904?: boolean;
  /** Whether the task pane has told the runtime the date system (setDate1904). Default true. */
  paneSeen?: boolean;
}

export type Answer = { value: unknown } | { error: { code: string; message: string } };

class CallError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export class ExcelHarness {
  constructor(
    readonly meta: Metadata,
    readonly options: WorkbookOptions = {},
  ) {}

  /** Another workbook/build on the same metadata. */
  with(options: WorkbookOptions): ExcelHarness {
    return new ExcelHarness(this.meta, { ...this.options, ...options });
  }

  private cell(v: unknown, type: string): unknown {
    if (v instanceof ExcelErrorCell) {
      if (type !== 'any' || !this.meta.allowErrorForDataTypeAny) throw new CallError(v.code);
      return { type: 'Error', basicType: 'Error', basicValue: v.code, errorType: ERROR_TYPES[v.code] ?? 'Value' };
    }
    if (v instanceof Date) return serialFromDay(dayFromDate(v) as number, this.options.date1904 === true);
    if (v === '' || v === null || v === undefined) {
      if (type === 'number') return 0;
      if (type === 'string') return '';
      return this.options.blanks === undefined ? '' : this.options.blanks;
    }
    if (typeof v === 'object' && !Array.isArray(v)) {
      return this.meta.allowCustomDataForDataTypeAny ? v : (v as { basicValue?: unknown }).basicValue;
    }
    if (type === 'number') {
      if (typeof v === 'boolean') return v ? 1 : 0;
      const n = typeof v === 'number' ? v : Number(String(v).trim());
      if (String(v).trim() === '' || !Number.isFinite(n)) throw new CallError('#VALUE!');
      return n;
    }
    if (type === 'string') return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    return v;
  }

  private argument(v: unknown, p: ParamMeta): unknown {
    const type = p.type ?? 'any';
    if (p.dimensionality === 'matrix') {
      const rows = Array.isArray(v) ? (v as unknown[]) : [[v]];
      return rows.map((row) => (Array.isArray(row) ? row : [row]).map((c) => this.cell(c, type)));
    }
    if (Array.isArray(v)) throw new Error(`harness: a range given to the scalar parameter ${p.name}`);
    return this.cell(v, type);
  }

  /** =BZR.<id>(args…) as Excel evaluates it; `undefined` stands for an argument left out. */
  call(id: string, ...args: unknown[]): Answer {
    const fn = this.meta.functions.find((f) => f.id === id);
    if (!fn) throw new Error(`harness: no function ${id} in the metadata`);
    const js = (F as unknown as Record<string, (...a: unknown[]) => unknown>)[id.toLowerCase()];
    const passed: unknown[] = [];
    try {
      fn.parameters.forEach((p, i) => {
        if (p.repeating) {
          passed.push(args.slice(i).map((a) => (a === undefined ? null : this.argument(a, p))));
        } else if (args[i] === undefined) {
          if (!p.optional) throw new Error(`harness: required argument ${p.name} of ${id} missing`);
          passed.push(null);
        } else passed.push(this.argument(args[i], p));
      });
    } catch (e) {
      if (e instanceof CallError) return { error: { code: e.code, message: '' } };
      throw e;
    }
    passed.push({ functionName: `BZR.${id}` }); // the invocation object
    if (this.options.paneSeen !== false) setDate1904(this.options.date1904 === true);
    else setDate1904(false); // a fresh runtime: nobody has told it
    try {
      const value = js(...passed);
      const matrix = fn.result.dimensionality === 'matrix';
      if (matrix !== (Array.isArray(value) && value.every((r) => Array.isArray(r)))) {
        throw new Error(`harness: ${id} answered ${JSON.stringify(value)} for a ${fn.result.dimensionality} result`);
      }
      return { value };
    } catch (e) {
      if (isFunctionError(e)) return { error: { code: e.code, message: e.message } };
      throw e;
    }
  }

  /** The value of a call that must succeed (typed as a spill; scalars compare as they are). */
  value<T = unknown[][]>(id: string, ...args: unknown[]): T {
    const a = this.call(id, ...args);
    if ('error' in a) throw new Error(`${id} answered ${a.error.code}: ${a.error.message}`);
    return a.value as T;
  }

  /** The error of a call that must fail. */
  error(id: string, ...args: unknown[]): { code: string; message: string } {
    const a = this.call(id, ...args);
    if (!('error' in a)) throw new Error(`${id} answered ${JSON.stringify(a.value)}, not an error`);
    return a.error;
  }
}

/** A harness over the finished metadata. */
export async function excel(options: WorkbookOptions = {}): Promise<ExcelHarness> {
  return new ExcelHarness(await loadMetadata(), options);
}
