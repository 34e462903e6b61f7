// styles.xml (ECMA-376 Part 1, 18.8): every distinct cell style once, fonts, fills, borders and number
// formats each deduplicated; a cell refers to its style by index (the `s` attribute, 18.3.1.4).
import type { CellStyle } from '../plans/model';
import { attr, NS_MAIN, XML_HEAD } from './xml';

/** A cell's resolved look: the plan's CellStyle plus Excel's quote prefix (text that stays text). */
export interface XStyle extends CellStyle {
  quotePrefix?: boolean;
}

/**
 * `next` over `base`, keeping what `next` does not mention — the .xlsx adapter's applyStyle rules:
 * empty colours and formats and `border: false` change nothing.
 */
export function mergeStyle(base: XStyle | undefined, next: XStyle | undefined): XStyle {
  const out: XStyle = { ...base };
  if (!next) return out;
  if (next.bold !== undefined) out.bold = next.bold;
  if (next.size !== undefined) out.size = next.size;
  if (next.fontColor) out.fontColor = next.fontColor;
  if (next.fill) out.fill = next.fill;
  if (next.numberFormat) out.numberFormat = next.numberFormat;
  if (next.wrap !== undefined) out.wrap = next.wrap;
  if (next.horizontal) out.horizontal = next.horizontal;
  if (next.vertical) out.vertical = next.vertical;
  if (next.border) out.border = true;
  if (next.quotePrefix) out.quotePrefix = true;
  return out;
}

const merged = new WeakMap<object, WeakMap<object, XStyle>>();
const NONE = {};

/**
 * mergeStyle, the same object for the same two objects: a column's thousands of cells share one
 * style object, which StyleBook then looks up by identity.
 */
export function combine(base: XStyle | undefined, next: XStyle | undefined): XStyle | undefined {
  if (!next) return base;
  const b = base ?? NONE;
  let byNext = merged.get(b);
  if (!byNext) merged.set(b, (byNext = new WeakMap()));
  let out = byNext.get(next);
  if (!out) byNext.set(next, (out = mergeStyle(base, next)));
  return out;
}

/** Built-in number formats (18.8.30) that need no <numFmt>; the rest get ids from 164. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

const DEFAULT_SIZE = 11;
const argb = (rgb: string) => attr(`FF${rgb.toUpperCase()}`);
// 18.18.88 ST_VerticalAlignment has no "middle": Excel's middle is "center".
const VERTICAL = { top: 'top', middle: 'center', bottom: 'bottom' } as const;

/** Collects the styles a workbook uses; index 0 is the default (no style). */
export class StyleBook {
  private readonly fonts = new Index(fontXml({}));
  private readonly fills = new Index('<fill><patternFill patternType="none"/></fill>');
  private readonly borders = new Index('<border><left/><right/><top/><bottom/><diagonal/></border>');
  private readonly xfs = new Index('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  private readonly numFmts = new Map<string, number>();
  /** Style key → cellXfs index: most cells share a few styles, so each is built once. */
  private readonly known = new Map<string, number>();
  private readonly byObject = new WeakMap<XStyle, number>();

  constructor() {
    this.fills.id('<fill><patternFill patternType="gray125"/></fill>'); // 18.8.21: fills 0 and 1 are reserved
  }

  /** The cellXfs index of a style (0 = default). */
  id(s: XStyle | undefined): number {
    if (!s) return 0;
    const seen = this.byObject.get(s);
    if (seen !== undefined) return seen;
    const key =
      `${s.bold ? 1 : 0}|${s.size ?? ''}|${s.fontColor ?? ''}|${s.fill ?? ''}|${s.numberFormat ?? ''}|` +
      `${s.wrap ? 1 : 0}|${s.horizontal ?? ''}|${s.vertical ?? ''}|${s.border ? 1 : 0}|${s.quotePrefix ? 1 : 0}`;
    let id = this.known.get(key);
    if (id === undefined) this.known.set(key, (id = this.build(s)));
    this.byObject.set(s, id);
    return id;
  }

  private build(s: XStyle): number {
    const font = this.fonts.id(fontXml(s));
    const fill = s.fill
      ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/></patternFill></fill>`)
      : 0;
    const thin = '<color indexed="64"/>';
    const border = s.border
      ? this.borders.id(
          `<border><left style="thin">${thin}</left><right style="thin">${thin}</right>` +
            `<top style="thin">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border>`,
        )
      : 0;
    const fmt = s.numberFormat ? this.numFmt(s.numberFormat) : 0;
    const align = [
      s.horizontal ? ` horizontal="${s.horizontal}"` : '',
      s.vertical ? ` vertical="${VERTICAL[s.vertical]}"` : '',
      s.wrap ? ' wrapText="1"' : '',
    ].join('');
    const applied = [
      fmt ? ' applyNumberFormat="1"' : '',
      font ? ' applyFont="1"' : '',
      fill ? ' applyFill="1"' : '',
      border ? ' applyBorder="1"' : '',
      align ? ' applyAlignment="1"' : '',
      s.quotePrefix ? ' quotePrefix="1"' : '', // 18.8.45 xf@quotePrefix: Excel keeps the text on F2+Enter
    ].join('');
    const head = `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}`;
    return this.xfs.id(align ? `${head}><alignment${align}/></xf>` : `${head}/>`);
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }

  xml(): string {
    const fmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${attr(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : '') +
      this.fonts.xml('fonts') +
      this.fills.xml('fills') +
      this.borders.xml('borders') +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      this.xfs.xml('cellXfs') +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

function fontXml(s: XStyle): string {
  return (
    `<font>${s.bold ? '<b/>' : ''}<sz val="${s.size ?? DEFAULT_SIZE}"/>` +
    `${s.fontColor ? `<color rgb="${argb(s.fontColor)}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`
  );
}

/** Distinct XML fragments in first-use order. */
class Index {
  private readonly ids = new Map<string, number>();

  constructor(first: string) {
    this.ids.set(first, 0);
  }

  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) this.ids.set(xml, (id = this.ids.size));
    return id;
  }

  xml(tag: string): string {
    return `<${tag} count="${this.ids.size}">${[...this.ids.keys()].join('')}</${tag}>`;
  }
}
