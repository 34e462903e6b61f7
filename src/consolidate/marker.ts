// The marker in A1 of every sheet the consolidation writes (plans/model SheetPlan.marker): applySheet
// replaces a sheet of that name only when it is empty or carries this text, so writing the summary into
// a workbook a second time replaces our earlier sheets and never a user's sheet of the same name.
import type { CellPlan } from '../plans/model';

/** Points: the marker row is kept low and its text small and grey, like the print sheets' marker. */
export const MARKER_ROW_HEIGHT = 9;

export function summaryMarker(sheet: string): string {
  return `【BZR】${sheet}（由班主任工作汇总生成，再次写入汇总时会被替换）`;
}

export function markerCell(sheet: string): CellPlan {
  return { row: 1, col: 1, value: summaryMarker(sheet), style: { size: 6, fontColor: '808080' } };
}
