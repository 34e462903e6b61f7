// The small parts of an .xlsx that say where things are and how to read cells: relationships,
// the workbook (sheets, date system), styles (which cells are dates), shared strings and tables.
import { quickSharedStrings } from './fast-strings';
import { NotScannable } from './scan';
import { attr, readPart, unescapeX } from './xml';
import type { ZipParts } from './zip';

// The elements whose attributes each part's reader reads (the rest are only checked, not kept).
const RELS_ATTRS: ReadonlySet<string> = new Set(['Relationship']);
const WORKBOOK_ATTRS: ReadonlySet<string> = new Set(['workbookPr', 'sheet']);
const STYLES_ATTRS: ReadonlySet<string> = new Set(['numFmt', 'xf']);
const TABLE_ATTRS: ReadonlySet<string> = new Set(['table']);
const NONE: ReadonlySet<string> = new Set();

export interface Rel {
  type: string;
  /** Part name inside the zip, resolved against the source part's folder. */
  target: string;
  external: boolean;
}

/** `_rels/x.xml.rels` of a part (OPC, ECMA-376 Part 2 §9.3). */
export function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Resolves a relative target against the folder of `source` ('/'-rooted targets are absolute). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

export function readRels(zip: ZipParts, label: string, part: string): Map<string, Rel> {
  const read = readPart(zip, label, relsPath(part), () => {
    const rels = new Map<string, Rel>();
    return {
      h: {
        open(name, a) {
          if (name !== 'Relationship' || !a.Id || !a.Target) return;
          const external = a.TargetMode === 'External';
          rels.set(a.Id, {
            type: a.Type ?? '',
            target: external ? a.Target : resolveTarget(part, safeDecode(a.Target)),
            external,
          });
        },
      },
      result: () => rels,
      attrsOf: RELS_ATTRS,
    };
  });
  return read ?? new Map();
}

export interface SheetEntry {
  name: string;
  /** Part name of the worksheet, if it has one. */
  part: string | undefined;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';

export function readWorkbookPart(zip: ZipParts, label: string, part: string, rels: Map<string, Rel>): WorkbookPart {
  const read = readPart(zip, label, part, () => {
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    return {
      h: {
        open(name, a) {
          if (name === 'workbookPr') date1904 = truthy(a.date1904);
          else if (name === 'sheet' && a.name !== undefined) {
            const rel = rels.get(attr(a, 'id') ?? '');
            const isWorksheet = rel && !rel.external && /\/worksheet$/.test(rel.type);
            sheets.push({ name: a.name, part: isWorksheet ? rel.target : undefined });
          }
        },
      },
      result: () => ({ sheets, date1904 }),
      attrsOf: WORKBOOK_ATTRS,
    };
  });
  return read ?? { sheets: [], date1904: false };
}

// Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30): 14–22 and 45–47 in
// every locale, 27–36 and 50–58 in Chinese, Japanese and Korean Excel.
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A format code shows a date or time when, outside quotes and [..], it has y m d h s or b (as exceljs decides). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style index (cellXfs), whether its number format is a date or time. */
export function readDateStyles(zip: ZipParts, label: string, part: string | undefined): boolean[] {
  const read =
    part &&
    readPart(zip, label, part, () => {
      const custom = new Map<number, string>();
      const xfIds: number[] = [];
      let inCellXfs = false;
      return {
        h: {
          open(name, a) {
            if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
            else if (name === 'cellXfs') inCellXfs = true;
            else if (name === 'xf' && inCellXfs) xfIds.push(Number(a.numFmtId ?? 0));
          },
          close(name) {
            if (name === 'cellXfs') inCellXfs = false;
          },
        },
        result: () => ({ custom, xfIds }),
        attrsOf: STYLES_ATTRS,
      };
    });
  if (!read) return [];
  return read.xfIds.map((id) => {
    const code = read.custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id);
  });
}

/** Shared strings as plain text: rich text runs joined, phonetic guides (rPh) left out. */
export function readSharedStrings(zip: ZipParts, label: string, part: string | undefined): string[] {
  if (!part) return [];
  const text = zip.text(part);
  if (text === undefined) return [];
  try {
    return quickSharedStrings(text);
  } catch (e) {
    if (!(e instanceof NotScannable)) throw e;
  }
  const read = readPart(
    zip,
    label,
    part,
    () => {
      const out: string[] = [];
      let cur = '';
      let depthRPh = 0;
      let inT = false;
      return {
        h: {
          open(name) {
            if (name === 'si') cur = '';
            else if (name === 'rPh') depthRPh++;
            else if (name === 't' && depthRPh === 0) inT = true;
          },
          close(name) {
            if (name === 't') inT = false;
            else if (name === 'rPh') depthRPh--;
            else if (name === 'si') out.push(unescapeX(cur));
          },
          text(t) {
            if (inT) cur += t;
          },
        },
        result: () => out,
        attrsOf: NONE,
      };
    },
    text,
  );
  return read ?? [];
}

export interface TablePart {
  name: string;
  displayName: string;
  ref: string;
  /** Header rows (0 or 1); 1 when the attribute is absent (ECMA-376 Part 1, 18.5.1.2). */
  headerRows: number;
  totalsRows: number;
}

export function readTablePart(zip: ZipParts, label: string, part: string): TablePart | null {
  const read = readPart(zip, label, part, () => {
    let t: TablePart | null = null;
    return {
      h: {
        open(name, a) {
          if (name !== 'table' || t) return;
          t = {
            name: a.name ?? '',
            displayName: a.displayName ?? a.name ?? '',
            ref: a.ref ?? '',
            headerRows: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount) || 0,
            totalsRows: Number(a.totalsRowCount ?? 0) || 0,
          };
        },
      },
      result: () => t,
      attrsOf: TABLE_ATTRS,
    };
  });
  return read ?? null;
}
