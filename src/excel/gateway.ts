// The Office.js adapter behind the WorkbookGateway interface, on one request context (from Excel.run).
import type { WorkbookGateway } from '../plans/gateway';
import { append } from './append';
import { ensure } from './ensure';
import { read } from './read';
import { applySheet, writeSummary } from './sheet';

export function officeGateway(context: Excel.RequestContext): WorkbookGateway {
  return {
    ensure: (options) => ensure(context, options),
    read: () => read(context),
    append: (key, rows) => append(context, key, rows),
    writeSummary: (evaluation, at) => writeSummary(context, evaluation, at),
    applySheet: (plan) => applySheet(context, plan),
  };
}
