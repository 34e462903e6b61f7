// The .xlsx adapter behind the WorkbookGateway interface: every operation on one exceljs workbook in
// memory (the caller saves it with saveWorkbook).
import type * as ExcelJS from 'exceljs';
import type { WorkbookGateway } from '../plans/gateway';
import { append } from './append';
import { ensure } from './ensure';
import { read } from './read';
import { applySheet, writeSummary } from './sheet';

export function xlsxGateway(wb: ExcelJS.Workbook): WorkbookGateway {
  return {
    ensure: async (options) => ensure(wb, options),
    read: async () => read(wb),
    append: async (key, rows) => append(wb, key, rows),
    writeSummary: async (evaluation, at) => writeSummary(wb, evaluation, at),
    applySheet: async (plan) => applySheet(wb, plan),
  };
}
