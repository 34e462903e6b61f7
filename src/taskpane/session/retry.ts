// Office.js calls fail with InvalidOperationInCellEditMode while the user is typing in a cell
// (TOOLING “The real host”). The pane's own reads and writes wait a moment and try again, then say
// in Chinese what to do.
export const CELL_EDIT_CODE = 'InvalidOperationInCellEditMode';

export const CELL_EDIT_MESSAGE = 'Excel 正在编辑单元格，暂时无法访问工作簿。请按 Enter 或 Esc 结束编辑，然后再试一次。';

export class CellEditModeError extends Error {
  constructor() {
    super(CELL_EDIT_MESSAGE);
    this.name = 'CellEditModeError';
  }
}

function isCellEdit(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === CELL_EDIT_CODE;
}

export async function withCellEditRetry<T>(
  work: () => Promise<T>,
  { tries = 3, waitMs = 1000 }: { tries?: number; waitMs?: number } = {},
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (e) {
      if (!isCellEdit(e)) throw e;
      if (i >= tries) throw new CellEditModeError();
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}
