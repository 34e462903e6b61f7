// Shared strings (ECMA-376 Part 1, 18.4.9 sst) as machine writers write them — one plain run per item,
// `<si><t>…</t></si>` or `<t xml:space="preserve">` — matched item by item with one sticky regular
// expression over the decoded part instead of an event per tag (~4× less time for a class workbook's
// 500 strings). The envelope (declaration, <sst …>, </sst>) goes through the general scanner, so a
// damaged part is never accepted here; rich text, phonetic runs or anything else throws NotScannable
// and the caller reads the whole part the general way.
import { NO_EVENTS, NotScannable, scanXml, textOf } from './scan';
import { unescapeX } from './xml';

/** One plain item, white space before it allowed; group 1: its text (undefined for `<t/>`). */
const ITEM = /\s*<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>|\s*<si><t\/><\/si>/y;
const SST_OPEN = /<sst[\s>]/;
const END = /^\s*<\/sst\s*>\s*$/;

/** The strings of a shared-strings part's text; throws NotScannable outside the plain grammar. */
export function quickSharedStrings(xml: string): string[] {
  const start = SST_OPEN.exec(xml);
  if (start === null) throw new NotScannable('no <sst>');
  const open = xml.indexOf('>', start.index);
  if (open < 0 || xml.charCodeAt(open - 1) === 0x2f /* an empty <sst/> */) throw new NotScannable('empty sst');
  const stack: string[] = [];
  const none = new Set<string>();
  scanXml(xml.slice(0, open + 1), NO_EVENTS, none, stack, false);
  if (stack.length !== 1 || stack[0] !== 'sst') throw new NotScannable('sst not open');
  const out: string[] = [];
  let rest = (ITEM.lastIndex = open + 1);
  for (let m = ITEM.exec(xml); m !== null; m = ITEM.exec(xml)) {
    const raw = m[1] ?? '';
    const text = raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 ? raw : textOf(raw);
    out.push(unescapeX(text));
    rest = ITEM.lastIndex;
  }
  // Only </sst> may follow the last plain item: anything else (a rich item) goes the general way.
  if (!END.test(xml.slice(rest))) throw new NotScannable('not a plain item');
  return out;
}
