// What the shell hands every view that works on the open workbook (录入, 设置与名册).
import type { Doc, ReadResult } from '../session/doc';

export interface WorkbookViewProps {
  doc: Doc;
  read: ReadResult;
  /** Runs a workbook action with the pane's busy state and error messages; resolves when done. */
  run(label: string, work: () => Promise<string | null>): Promise<void>;
  busy: boolean;
}
