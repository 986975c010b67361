import { CONTENT_TYPES_PART, WORKSHEET_CONTENT_TYPE } from './package/content-types';
import { RELATIONSHIP_TYPE_BASE } from './package/relationships';
import { MINIMAL_STYLES_XML } from './patch/style-xml';
import { encodeXmlPart } from './xml/decode-xml-part';
import { escapeXmlAttribute } from './xml/xml-escape';
import { compressContent, writeZip } from './zip/write-zip';

const MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PACKAGE_RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKBOOK_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's rules for a sheet name: 1–31 characters, none of `: \ / ? * [ ]`, not starting or ending with `'`. */
function assertSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new RangeError(`Invalid sheet name: ${JSON.stringify(name)}`);
  }
}

function parts(sheetName: string): { readonly name: string; readonly text: string }[] {
  return [
    {
      name: CONTENT_TYPES_PART,
      text:
        `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_CONTENT_TYPE}"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WORKSHEET_CONTENT_TYPE}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${STYLES_CONTENT_TYPE}"/>` +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      text:
        `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NAMESPACE}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIP_TYPE_BASE}/officeDocument" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      text:
        `${XML_DECLARATION}<workbook xmlns="${MAIN_NAMESPACE}" xmlns:r="${RELATIONSHIP_TYPE_BASE}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews>' +
        `<sheets><sheet name="${escapeXmlAttribute(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
        '</workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text:
        `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NAMESPACE}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIP_TYPE_BASE}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${RELATIONSHIP_TYPE_BASE}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      text: `${XML_DECLARATION}<worksheet xmlns="${MAIN_NAMESPACE}"><sheetData/></worksheet>`,
    },
    { name: 'xl/styles.xml', text: MINIMAL_STYLES_XML },
  ];
}

/**
 * A minimal valid empty workbook: one empty sheet, the styles Excel writes for a new workbook,
 * nothing else. It is what `patchXlsx` starts from to write a brand-new file (`lkjip template`):
 * name the sheet like the plan's first generated sheet and that sheet takes its place, so the
 * result has no stray empty `Sheet1`. Same bytes every time.
 */
export function blankXlsx(firstSheetName = 'Sheet1'): Uint8Array {
  assertSheetName(firstSheetName);
  return writeZip(
    new Uint8Array(0),
    parts(firstSheetName).map((p) => ({ kind: 'new' as const, name: p.name, content: compressContent(encodeXmlPart(p.text)) })),
  );
}
