// Two implementations of the same workbook operations behind one interface: the Office.js gateway on
// the in-memory Excel, and the .xlsx gateway on exceljs (saved and loaded again between steps, so
// that only what survives a file round trip counts).
import ExcelJS from 'exceljs';
import * as office from '../../src/excel';
import type { WorkbookGateway } from '../../src/plans/gateway';
import {
  loadWorkbook,
  xlsxGateway,
  writeWorkbookBuffer,
  tablesOf,
  tableRect,
  validationsOf,
  parseRange,
  plainValue,
  colLetter,
} from '../../src/xlsx';
import { FakeExcel, parseAddress } from '../support/fake-excel';

type Scalar = string | number | boolean;

/** A gateway-neutral starting workbook. */
export interface Seed {
  sheets: Array<{
    name: string;
    /** Values from A1 ('' = empty). */
    rows?: Scalar[][];
    /** Tables over the given range of those values (the first row is the header). */
    tables?: Array<{ name: string; range: string }>;
  }>;
}

export interface Structure {
  sheets: string[];
  tables: Array<{ name: string; sheet: string; range: string; headers: string[] }>;
  /** table → header → drop-down list, for the first data row. */
  lists: Record<string, Record<string, string>>;
}

/** The real gateway interface (src/plans/gateway) plus what the tests inspect. */
export interface Driver extends WorkbookGateway {
  name: string;
  structure(): Promise<Structure>;
  /** Values of one sheet's used cells: A1 → value (strings and numbers as read). */
  cells(sheet: string): Promise<Record<string, Scalar>>;
}

export function officeDriver(seed: Seed): Driver & { fake: FakeExcel } {
  const fake = new FakeExcel(
    seed.sheets.map((s) => ({
      name: s.name,
      rows: s.rows,
      tables: s.tables?.map((t) => ({ name: t.name, range: t.range })),
    })),
  );
  return {
    name: 'office',
    fake,
    ...office.officeGateway(fake.ctx),
    async structure() {
      const d = fake.dump();
      const lists: Structure['lists'] = {};
      for (const t of d.tables) {
        const sheet = d.sheets.find((s) => s.name === t.sheet)!;
        const r = parseAddress(t.range);
        const map: Record<string, string> = {};
        t.headers.forEach((h, j) => {
          const v = sheet.validations.find((x) => {
            const vr = parseAddress(x.range);
            return vr.c0 <= r.c0 + j && vr.c1 >= r.c0 + j && vr.r0 <= r.r0 + 1 && vr.r1 >= r.r0 + 1;
          });
          if (v) map[String(h)] = v.list;
        });
        lists[t.name] = map;
      }
      return {
        sheets: d.sheets.map((s) => s.name),
        tables: d.tables.map((t) => ({ name: t.name, sheet: t.sheet, range: t.range, headers: t.headers.map(String) })),
        lists,
      };
    },
    async cells(sheet) {
      const s = fake.dump().sheets.find((x) => x.name === sheet);
      const out: Record<string, Scalar> = {};
      for (const [a, c] of Object.entries(s?.cells ?? {})) if (c.v !== '' || c.f !== undefined) out[a] = c.f ?? c.v;
      return out;
    },
  };
}

export function xlsxDriver(seed: Seed): Driver & { wb: () => ExcelJS.Workbook } {
  let wb = new ExcelJS.Workbook();
  for (const s of seed.sheets) {
    const ws = wb.addWorksheet(s.name);
    (s.rows ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== '') ws.getCell(i + 1, j + 1).value = v;
      }),
    );
    for (const t of s.tables ?? []) {
      const r = parseAddress(t.range);
      const cell = (i: number, j: number) => s.rows?.[i]?.[j] ?? null;
      const rows: Array<Array<Scalar | null>> = [];
      for (let i = r.r0 + 1; i <= r.r1; i++) {
        const row: Array<Scalar | null> = [];
        for (let j = r.c0; j <= r.c1; j++) row.push(cell(i, j) === '' ? null : cell(i, j));
        rows.push(row);
      }
      const columns = [];
      for (let j = r.c0; j <= r.c1; j++) columns.push({ name: String(cell(r.r0, j)), filterButton: true });
      ws.addTable({ name: t.name, ref: `${colLetter(r.c0 + 1)}${r.r0 + 1}`, headerRow: true, columns, rows });
    }
  }
  const roundTrip = async () => {
    wb = await loadWorkbook(await writeWorkbookBuffer(wb));
  };
  return {
    name: 'xlsx',
    wb: () => wb,
    // Every write is followed by a save and load: only what survives the file counts.
    async ensure(o) {
      const r = await xlsxGateway(wb).ensure(o);
      await roundTrip();
      return r;
    },
    async append(k, rows) {
      const r = await xlsxGateway(wb).append(k, rows);
      await roundTrip();
      return r;
    },
    read: () => xlsxGateway(wb).read(),
    async writeSummary(e, at) {
      await xlsxGateway(wb).writeSummary(e, at);
      await roundTrip();
    },
    async applySheet(plan) {
      await xlsxGateway(wb).applySheet(plan);
      await roundTrip();
    },
    async structure() {
      const out: Structure = { sheets: wb.worksheets.map((w) => w.name), tables: [], lists: {} };
      for (const ws of wb.worksheets) {
        for (const t of tablesOf(ws)) {
          const rect = tableRect(t)!;
          const headers: string[] = [];
          for (let c = rect.left; c <= rect.right; c++) headers.push(String(plainValue(ws.getCell(rect.top, c).value)));
          out.tables.push({
            name: t.table.name,
            sheet: ws.name,
            range: `${colLetter(rect.left)}${rect.top}:${colLetter(rect.right)}${rect.bottom}`,
            headers,
          });
          const map: Record<string, string> = {};
          headers.forEach((h, j) => {
            const col = rect.left + j;
            for (const [address, dv] of Object.entries(validationsOf(ws).model)) {
              const vr = parseRange(address);
              if (!dv || !vr || vr.left > col || vr.right < col || vr.top > rect.top + 1 || vr.bottom < rect.top + 1) {
                continue;
              }
              map[h] = String(dv.formulae?.[0] ?? '').replace(/^"|"$/g, '');
            }
          });
          out.lists[t.table.name] = map;
        }
      }
      out.tables.sort((a, b) => out.sheets.indexOf(a.sheet) - out.sheets.indexOf(b.sheet));
      return out;
    },
    async cells(sheet) {
      const ws = wb.getWorksheet(sheet);
      const out: Record<string, Scalar> = {};
      ws?.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const v = cell.value as unknown;
          if (v && typeof v === 'object' && 'formula' in (v as object))
            out[`${colLetter(c)}${r}`] = `=${(v as { formula: string }).formula}`;
          else {
            const p = plainValue(cell.value);
            // A date reads as the serial Excel stores (1900 system: 25569 = 1970-01-01).
            const v = p instanceof Date ? p.getTime() / 86400000 + 25569 : p;
            if (v !== null && v !== '') out[`${colLetter(c)}${r}`] = v as Scalar;
          }
        }),
      );
      return out;
    },
  };
}
