import { strToU8, zipSync, type Zippable } from 'fflate';

export interface SheetPart {
  readonly name: string;
  /** The worksheet XML, or undefined for a sheet whose part is missing. */
  readonly xml: string | undefined;
  readonly state?: 'hidden' | 'veryHidden';
}

export interface PackageParts {
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly definedNames?: string;
  readonly workbookContentType?: string;
  /** Extra or replacing parts, by path. */
  readonly extra?: Readonly<Record<string, string>>;
}

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function worksheetXml(sheetData: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

export function stylesXml(numFmts: string, cellXfs: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}"><numFmts count="1">${numFmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${cellXfs}</cellXfs></styleSheet>`;
}

/** A minimal .xlsx made by hand from XML parts, for cases no writer produces on request. */
export function buildPackage(parts: PackageParts): Uint8Array {
  const workbookType = parts.workbookContentType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>`,
    ...parts.sheets.map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
  ];
  const rels = parts.sheets.map(
    (_s, i) => `<Relationship Id="rId${i + 1}" Type="${TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (parts.sharedStrings !== undefined) rels.push(`<Relationship Id="rIdS" Type="${TYPE}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (parts.styles !== undefined) rels.push(`<Relationship Id="rIdT" Type="${TYPE}/styles" Target="/xl/styles.xml"/>`);
  const sheets = parts.sheets
    .map((s, i) => `<sheet name="${s.name.replace(/&/g, '&amp;')}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets>${parts.definedNames ?? ''}</workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  };
  parts.sheets.forEach((s, i) => {
    if (s.xml !== undefined) files[`xl/worksheets/sheet${i + 1}.xml`] = s.xml;
  });
  if (parts.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = parts.sharedStrings;
  if (parts.styles !== undefined) files['xl/styles.xml'] = parts.styles;
  Object.assign(files, parts.extra ?? {});
  const zippable: Zippable = {};
  for (const [path, text] of Object.entries(files)) zippable[path] = strToU8(text);
  return zipSync(zippable);
}
