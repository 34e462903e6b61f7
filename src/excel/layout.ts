// Sheet layout details of the Office.js gateway (the subtitle text is shared with the .xlsx gateway: xlsx/ensure subtitleText).
import type { TableSpec } from '../records/schema';

/** Wide tables print in landscape. */
export function pageOrientation(spec: TableSpec): 'Portrait' | 'Landscape' {
  return spec.columns.reduce((n, c) => n + c.width, 0) > 60 ? 'Landscape' : 'Portrait';
}
