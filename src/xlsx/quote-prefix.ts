// Excel's quote prefix for text that looks like a formula (TOOLING "Real files": a shared string that
// starts with = is text on opening, but Excel re-parses it on F2+Enter unless its style has
// quotePrefix). exceljs 4.4 cannot write that attribute, so write.ts gives such cells the Text number
// format (built-in id 49) and the saved file's styles get quotePrefix="1" on every cell style with it.
// fflate is loaded only when a file has such a style.

const STYLES = 'xl/styles.xml';
const TEXT_XF_RE = /<xf\b[^>]*\bnumFmtId="49"[^>]*>/g;

/** cellXfs styles with the Text format get quotePrefix="1"; null when there is nothing to change. */
export function quotePrefixStyles(xml: string): string | null {
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return null;
  const part = xml.slice(start, end);
  let changed = false;
  const marked = part.replace(TEXT_XF_RE, (tag) => {
    if (/\bquotePrefix=/.test(tag)) return tag;
    changed = true;
    return tag.replace(/^<xf\b/, '<xf quotePrefix="1"');
  });
  return changed ? xml.slice(0, start) + marked + xml.slice(end) : null;
}

/** The .xlsx bytes with quotePrefix added where needed (the same bytes when nothing is needed). */
export async function markQuotePrefix(bytes: Uint8Array): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const styles = unzipSync(bytes, { filter: (f) => f.name === STYLES })[STYLES];
  if (!styles) return bytes;
  const xml = quotePrefixStyles(strFromU8(styles));
  if (xml === null) return bytes;
  const files = unzipSync(bytes);
  files[STYLES] = strToU8(xml);
  return zipSync(files, { level: 6 });
}
