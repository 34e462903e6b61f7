// What an interrupted 创建/修复记录表 (ensure) may have left (SPEC §6 "No rollback is assumed": a
// failed sync may have applied part of its batch). New sheets are built under a temporary name and
// renamed very last; added columns carry a temporary header until their formats are in place. The
// next run finds these in its first sync and, in its write sync, finishes or removes them.
import { TABLES, type TableKey } from '../records/schema';
import { tempSheetName } from './sheet';

/** The header an added column has until its formats are applied (its header is then set last). */
export const TEMP_COLUMN_SUFFIX = '（添加中）';

/** The name a table is built under on a temporary sheet (table names are unique per workbook). */
export const tempTableName = (name: string): string => `${name}_new`;

export interface LeftoverProbe {
  key: TableKey;
  /** Our table exists (by name) and sits on this sheet. */
  tableSheet: string | null;
  headers: readonly unknown[];
  /** A sheet of the schema name exists: whether it is empty, and its place. */
  sheet: { empty: boolean; position: number } | null;
  /** A sheet of the temporary name exists: its place. */
  temp: { position: number } | null;
}

export interface Leftovers {
  /** Temporary sheets holding a half-built sheet: deleted before anything else. */
  deleteTemp: TableKey[];
  /** Temporary sheets holding a complete sheet (its table already renamed): renamed to the schema name. */
  finishTemp: TableKey[];
  /** Complete temporary sheets that cannot take the schema name: another sheet of that name has content. */
  blocked: TableKey[];
  /** Empty schema sheets removed so that a finished temporary sheet can take their name. */
  deleteEmpty: TableKey[];
  /** Added columns whose formats may be incomplete, by 0-based column index in the table. */
  finishColumns: Array<{ key: TableKey; index: number; header: string }>;
  /** Where the sheet built for a key goes once the deletions above are done (null: at the end). */
  positionAfter: (key: TableKey) => number | null;
  any: boolean;
}

/** Headers with a temporary column header read as their real header (what the table will have). */
export function finishedHeaders(headers: readonly unknown[]): unknown[] {
  return headers.map((h) =>
    typeof h === 'string' && h.endsWith(TEMP_COLUMN_SUFFIX) ? h.slice(0, -TEMP_COLUMN_SUFFIX.length) : h,
  );
}

export function findLeftovers(probes: readonly LeftoverProbe[]): Leftovers {
  const out: Leftovers = {
    deleteTemp: [],
    finishTemp: [],
    deleteEmpty: [],
    finishColumns: [],
    blocked: [],
    positionAfter: () => null,
    any: false,
  };
  const deleted: number[] = [];
  for (const p of probes) {
    const temp = tempSheetName(TABLES[p.key].sheet);
    if (p.tableSheet === temp && p.sheet && !p.sheet.empty) {
      out.blocked.push(p.key);
    } else if (p.tableSheet === temp) {
      // Only the sheet's renaming was left: finish it (a user may already have records in it).
      out.finishTemp.push(p.key);
      if (p.sheet?.empty) {
        out.deleteEmpty.push(p.key);
        deleted.push(p.sheet.position);
      }
    } else if (p.temp) {
      out.deleteTemp.push(p.key);
      deleted.push(p.temp.position);
    }
    if (p.tableSheet !== null) {
      p.headers.forEach((h, index) => {
        if (typeof h === 'string' && h.endsWith(TEMP_COLUMN_SUFFIX))
          out.finishColumns.push({ key: p.key, index, header: h.slice(0, -TEMP_COLUMN_SUFFIX.length) });
      });
    }
  }
  // The schema sheet's place, else a half-built temporary sheet's: it was put at that place before an
  // interrupted run deleted the empty sheet it replaces.
  out.positionAfter = (key) => {
    const p = probes.find((x) => x.key === key);
    const at = p?.sheet?.position ?? p?.temp?.position;
    return at === undefined ? null : at - deleted.filter((d) => d < at).length;
  };
  out.any = out.deleteTemp.length + out.finishTemp.length + out.finishColumns.length > 0;
  return out;
}

/** Why a complete temporary sheet was left as it is (see Leftovers.blocked). */
export function blockedTempMessage(key: TableKey, button: string): string {
  const sheet = TABLES[key].sheet;
  const temp = tempSheetName(sheet);
  return (
    `工作表“${temp}”是上次创建“${sheet}”时没有完成改名的工作表（其中的表格“${TABLES[key].table}”完好），` +
    `但工作簿中已有另一个有内容的“${sheet}”工作表，加载项没有改动它们。` +
    `请检查两者：保留需要的那个并把它命名为“${sheet}”（另一个改名或删除），再点击“${button}”。`
  );
}
