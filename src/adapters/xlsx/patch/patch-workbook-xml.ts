import { escapeXmlAttribute } from '../xml/xml-escape';
import { renderStartTag } from './start-tag';
import { TextEdits } from './text-edits';
import { outlineXml, prefixOf } from './xml-outline';

export interface NewSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
}

const RELATIONSHIP_NAMESPACES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

/** Elements that come after `calcPr` in workbook.xml (ECMA-376 schema order). */
const AFTER_CALC_PR = new Set([
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
]);

/**
 * workbook.xml with `fullCalcOnLoad="1"` on `calcPr` (Excel recalculates every formula when it
 * opens the file, as the calculation chain is dropped) and the new sheets appended.
 */
export function patchWorkbookXml(text: string, part: string, newSheets: readonly NewSheetEntry[]): string {
  const root = outlineXml(text, part, 1);
  const p = prefixOf(root);
  const edits = new TextEdits();
  const calcPr = root.children.find((c) => c.name === 'calcPr');
  if (calcPr) {
    const tag = renderStartTag({ qualifiedName: calcPr.qualifiedName, attributes: calcPr.rawAttributes }, { fullCalcOnLoad: '1' }, calcPr.selfClosing);
    edits.replace(calcPr.start, calcPr.openEnd, tag);
  } else {
    const next = root.children.find((c) => AFTER_CALC_PR.has(c.name));
    edits.insert(next ? next.start : root.closeStart, `<${p}calcPr fullCalcOnLoad="1"/>`);
  }
  const sheets = root.children.find((c) => c.name === 'sheets');
  if (newSheets.length > 0 && sheets) {
    const declared = root.rawAttributes.find((a) => a.name.startsWith('xmlns:') && RELATIONSHIP_NAMESPACES.includes(a.raw));
    const r = declared ? declared.name.slice('xmlns:'.length) : 'r';
    const declaration = declared ? '' : ` xmlns:r="${RELATIONSHIP_NAMESPACES[0]}"`;
    const xml = newSheets
      .map((s) => `<${p}sheet name="${escapeXmlAttribute(s.name)}" sheetId="${s.sheetId}"${declaration} ${r}:id="${s.relationshipId}"/>`)
      .join('');
    if (sheets.selfClosing) {
      const open = renderStartTag({ qualifiedName: sheets.qualifiedName, attributes: sheets.rawAttributes }, {}, false);
      edits.replace(sheets.start, sheets.end, `${open}${xml}</${sheets.qualifiedName}>`);
    } else {
      edits.insert(sheets.closeStart, xml);
    }
  }
  return edits.apply(text);
}
