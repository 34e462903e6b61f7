// A table part (ECMA-376 Part 1, 18.5.1.2 CT_Table): a real Excel table (ListObject) over cells the
// sheet already holds — header row included, no totals row, an autoFilter over the whole extent.
import { formatRange } from '../plans/a1';
import type { LaidTable } from './grid';
import { attr, NS_MAIN, XML_HEAD } from './xml';

/** `id` is unique in the workbook (18.5.1.2 table@id). */
export function tableXml(t: LaidTable, id: number): string {
  const ref = formatRange(t.rect);
  const name = attr(t.plan.name);
  const columns = t.names.map((n, i) => `<tableColumn id="${i + 1}" name="${attr(n)}"/>`).join('');
  // 18.5.1.5 tableStyleInfo: without a name the table has no style (plain cells, still a table).
  const style = t.plan.style ? ` name="${attr(t.plan.style)}"` : '';
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${t.names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo${style} showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}
