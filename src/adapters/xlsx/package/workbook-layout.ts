import type { DefinedName } from '../../../engine/workbook/types';
import { missingPartError } from '../read-errors';
import { childrenNamed, firstChild, parseXmlTree, prefixedAttr } from '../xml/xml-tree';
import {
  isRelationshipType,
  parseRelationships,
  relationshipsPartOf,
  resolveTarget,
  type Relationship,
} from './relationships';
import type { XlsxPackage } from './xlsx-package';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  readonly hidden: boolean;
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  /** Chart sheets and dialog sheets have no cells. */
  readonly isWorksheet: boolean;
}

/** Where everything of a workbook lives, read from workbook.xml and the relationships. */
export interface WorkbookLayout {
  readonly workbookPart: string;
  readonly workbookRelationshipsPart: string;
  readonly relationships: readonly Relationship[];
  /** In workbook order. */
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  readonly stylesPart?: string;
  readonly sharedStringsPart?: string;
  readonly calcChainPart?: string;
}

const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';
const ROOT_RELATIONSHIPS_PART = '_rels/.rels';

function findWorkbookPart(pkg: XlsxPackage): string {
  if (!pkg.entry(ROOT_RELATIONSHIPS_PART)) return DEFAULT_WORKBOOK_PART;
  const root = parseRelationships(pkg.readText(ROOT_RELATIONSHIPS_PART), ROOT_RELATIONSHIPS_PART);
  const officeDocument = root.find((r) => isRelationshipType(r.type, 'officeDocument') && !r.external);
  return officeDocument ? resolveTarget('', officeDocument.target) : DEFAULT_WORKBOOK_PART;
}

/** The name of the part in the package (its exact spelling), or `part` itself when absent. */
function partName(pkg: XlsxPackage, part: string): string {
  return pkg.entry(part)?.name ?? part;
}

export function readWorkbookLayout(pkg: XlsxPackage): WorkbookLayout {
  const workbookPart = partName(pkg, findWorkbookPart(pkg));
  if (!pkg.entry(workbookPart)) throw missingPartError(workbookPart);
  const workbookRelationshipsPart = partName(pkg, relationshipsPartOf(workbookPart));
  const relationships = pkg.entry(workbookRelationshipsPart)
    ? parseRelationships(pkg.readText(workbookRelationshipsPart), workbookRelationshipsPart)
    : [];
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const targetOf = (kind: string): string | undefined => {
    const rel = relationships.find((r) => isRelationshipType(r.type, kind) && !r.external);
    return rel ? partName(pkg, resolveTarget(workbookPart, rel.target)) : undefined;
  };

  const root = parseXmlTree(pkg.readText(workbookPart), workbookPart);
  const sheetsElement = firstChild(root, 'sheets');
  const sheets: SheetEntry[] = (sheetsElement ? childrenNamed(sheetsElement, 'sheet') : []).map((el) => {
    const relationshipId = prefixedAttr(el, 'id') ?? '';
    const rel = byId.get(relationshipId);
    const state = el.attrs.get('state');
    return {
      name: el.attrs.get('name') ?? '',
      sheetId: Number(el.attrs.get('sheetId') ?? 0),
      relationshipId,
      hidden: state === 'hidden' || state === 'veryHidden',
      part: rel ? partName(pkg, resolveTarget(workbookPart, rel.target)) : `${workbookPart}#${relationshipId}`,
      isWorksheet: rel ? isRelationshipType(rel.type, 'worksheet') : true,
    };
  });

  const namesElement = firstChild(root, 'definedNames');
  const definedNames: DefinedName[] = (namesElement ? childrenNamed(namesElement, 'definedName') : []).map((el) => {
    const local = el.attrs.get('localSheetId');
    const name = el.attrs.get('name') ?? '';
    return local === undefined ? { name, ref: el.text } : { name, ref: el.text, localSheet: Number(local) };
  });

  return {
    workbookPart,
    workbookRelationshipsPart,
    relationships,
    sheets,
    definedNames,
    stylesPart: targetOf('styles'),
    sharedStringsPart: targetOf('sharedStrings'),
    calcChainPart: targetOf('calcChain'),
  };
}
