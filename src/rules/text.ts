// The one text key (SPEC §1, §2.1): compare texts after NFKC (full/half width) with every whitespace
// removed, U+3000 included. Names, dorms, settings keys and values, table and sheet names all compare
// through this function; name matching adds middle-dot folding on top (records/normalize).
export function textKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}
