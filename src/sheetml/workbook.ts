// The package around the sheets (ECMA-376 Part 1, 18.2 workbook; Part 2, OPC content types and
// relationships): workbook.xml with the print titles and areas as defined names, the parts list.
import type { SheetPlan } from '../plans/model';
import { parseRef } from '../plans/a1';
import { colLetter } from '../plans/a1';
import { attr, esc, NS_MAIN, NS_PKG_REL, NS_REL, quoteSheet, XML_HEAD } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** `$A$2:$D$12` from 'A2:D12' (or a cell 'B3'): absolute, or LibreOffice ignores the print area. */
function absolute(range: string): string {
  const r = parseRef(range);
  if (!r) throw new Error(`打印区域“${range}”不是有效的单元格区域。`);
  return `$${colLetter(r.left)}$${r.top}:$${colLetter(r.right)}$${r.bottom}`;
}

/** 18.2.6 definedNames: _xlnm.Print_Titles and _xlnm.Print_Area, local to their sheet. */
function definedNames(plans: readonly SheetPlan[]): string {
  const names = plans.flatMap((p, i) => {
    const sheet = quoteSheet(p.name);
    const out: string[] = [];
    const t = p.print?.titleRows;
    if (t)
      out.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${sheet}!$${t[0]}:$${t[1]}`)}</definedName>`,
      );
    const area = p.print?.area;
    if (area) {
      const refs = area.split(',').map((a) => `${sheet}!${absolute(a)}`);
      out.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${esc(refs.join(','))}</definedName>`);
    }
    return out;
  });
  return names.length ? `<definedNames>${names.join('')}</definedNames>` : '';
}

export function workbookXml(plans: readonly SheetPlan[]): string {
  const sheets = plans.map((p, i) => `<sheet name="${attr(p.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets.join('')}</sheets>` +
    definedNames(plans) +
    // 18.2.2 calcPr: formulas are written without cached values; Excel computes them on opening.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    '</workbook>'
  );
}

/** xl/_rels/workbook.xml.rels: sheets rId1…n, then styles and shared strings. */
export function workbookRels(sheetCount: number, sharedStrings: boolean): string {
  const rels = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  if (sharedStrings) {
    rels.push(`<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  return relsXml(rels);
}

export function relsXml(rels: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${rels.join('')}</Relationships>`;
}

export const ROOT_RELS = relsXml([
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`,
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
]);

export const CORE_XML =
  `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>BZR</dc:creator></cp:coreProperties>';

/** [Content_Types].xml for the parts written. */
export function contentTypes(sheetCount: number, tableCount: number, sharedStrings: boolean): string {
  const o = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const parts = [
    o('xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`),
    o('xl/styles.xml', `${CT}.spreadsheetml.styles+xml`),
    o('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
  ];
  if (sharedStrings) parts.push(o('xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`));
  for (let i = 1; i <= sheetCount; i++)
    parts.push(o(`xl/worksheets/sheet${i}.xml`, `${CT}.spreadsheetml.worksheet+xml`));
  for (let i = 1; i <= tableCount; i++) parts.push(o(`xl/tables/table${i}.xml`, `${CT}.spreadsheetml.table+xml`));
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `${parts.join('')}</Types>`
  );
}
