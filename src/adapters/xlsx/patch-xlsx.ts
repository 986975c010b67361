import type { WritePlan } from '../../engine/plan/types';
import { CONTENT_TYPES_PART, WORKSHEET_CONTENT_TYPE } from './package/content-types';
import {
  isRelationshipType,
  relationshipsPartOf,
  relativeTarget,
  RELATIONSHIP_TYPE_BASE,
} from './package/relationships';
import { readWorkbookLayout, type WorkbookLayout } from './package/workbook-layout';
import { openXlsxPackage, type XlsxPackage } from './package/xlsx-package';
import { generatedSheetXml } from './patch/generated-sheet-xml';
import { normalizePlan } from './patch/normalize-plan';
import { patchContentTypes, type ContentTypeOverride } from './patch/patch-content-types';
import { freshRelationshipIds, patchRelationships, type NewRelationship } from './patch/patch-relationships';
import { patchSheetCells } from './patch/patch-sheet-cells';
import { patchWorkbookXml, type NewSheetEntry } from './patch/patch-workbook-xml';
import { StyleBook } from './patch/style-book';
import { MINIMAL_STYLES_XML } from './patch/style-xml';
import { corruptError } from './read-errors';
import { DEFAULT_READ_LIMITS } from './read-limits';
import { XlsxPatchError } from './xlsx-patch-error';
import { XlsxReadError } from './xlsx-read-error';
import { encodeXmlPart } from './xml/decode-xml-part';
import { compressContent, writeZip, type CompressedContent, type ZipOutputEntry } from './zip/write-zip';

export { XlsxPatchError } from './xlsx-patch-error';
export type { XlsxPatchErrorCode } from './xlsx-patch-error';

const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Everything the patch changes in the package, collected before a single byte is written. */
class PackageChanges {
  /** New content of existing parts, by entry name, compressed as soon as it is made. */
  private readonly changed = new Map<string, CompressedContent>();
  readonly removed = new Set<string>();
  private readonly added: { readonly name: string; readonly content: CompressedContent }[] = [];
  readonly newSheets: NewSheetEntry[] = [];
  readonly newRelationships: NewRelationship[] = [];
  readonly removedRelationships = new Set<string>();
  readonly newOverrides: ContentTypeOverride[] = [];
  readonly removedOverrides: string[] = [];

  constructor(private readonly pkg: XlsxPackage) {}

  /** New text of a part, or its content already compressed (a patched sheet). */
  change(part: string, content: string | CompressedContent): void {
    this.changed.set(part, typeof content === 'string' ? compressContent(encodeXmlPart(content)) : content);
  }

  add(part: string, text: string): void {
    this.added.push({ name: part, content: compressContent(encodeXmlPart(text)) });
  }

  /** A part name that no entry uses yet: `xl/styles.xml` if free, else like `xl/worksheets/sheet4.xml`. */
  freshPart(folder: string, stem: string, extension: string, numbered: boolean): string {
    const taken = new Set([...this.pkg.entries.map((e) => e.name), ...this.added.map((a) => a.name)].map((n) => n.toLowerCase()));
    if (!numbered && !taken.has(`${folder}${stem}${extension}`.toLowerCase())) return `${folder}${stem}${extension}`;
    for (let n = 1; ; n++) {
      const name = `${folder}${stem}${n}${extension}`;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }

  toZipEntries(): ZipOutputEntry[] {
    const out: ZipOutputEntry[] = [];
    for (const entry of this.pkg.entries) {
      if (this.removed.has(entry.name)) continue;
      const content = this.changed.get(entry.name);
      out.push(content === undefined ? { kind: 'copy', entry } : { kind: 'new', name: entry.name, content, like: entry });
    }
    for (const a of this.added) out.push({ kind: 'new', name: a.name, content: a.content });
    return out;
  }
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

function relationshipIds(layout: WorkbookLayout, count: number): string[] {
  return freshRelationshipIds(layout.relationships.map((r) => r.id), count);
}

function patchPackage(original: Uint8Array, plan: WritePlan): Uint8Array {
  const pkg = openXlsxPackage(original, DEFAULT_READ_LIMITS);
  const layout = readWorkbookLayout(pkg);
  const normalized = normalizePlan(plan, layout);
  const changes = new PackageChanges(pkg);
  const stylesEntry = layout.stylesPart === undefined ? undefined : pkg.entry(layout.stylesPart);
  const stylesPart = stylesEntry?.name ?? changes.freshPart(folderOf(layout.workbookPart), 'styles', '.xml', false);
  const styles = new StyleBook(stylesEntry ? pkg.readText(stylesEntry.name) : MINIMAL_STYLES_XML, stylesPart);

  for (const [sheet, patches] of normalized.cells) {
    changes.change(sheet.part, pkg.withBytes(sheet.part, (bytes) => patchSheetCells(bytes, sheet.part, sheet.name, patches, styles)));
  }

  const newGenerated = normalized.generated.filter((g) => !g.replaces);
  const ids = relationshipIds(layout, newGenerated.length + 1);
  let nextSheetId = Math.max(0, ...layout.sheets.map((s) => s.sheetId)) + 1;
  for (const g of normalized.generated) {
    const xml = generatedSheetXml(g.sheet, styles);
    if (g.replaces) {
      changes.change(g.replaces.part, xml);
      // The old sheet's drawings, comments and printer settings belong to content that is gone.
      const rels = pkg.entry(relationshipsPartOf(g.replaces.part));
      if (rels) changes.removed.add(rels.name);
      continue;
    }
    const part = changes.freshPart(`${folderOf(layout.workbookPart)}worksheets/`, 'sheet', '.xml', true);
    const id = ids.shift() ?? '';
    changes.add(part, xml);
    changes.newSheets.push({ name: g.sheet.name, sheetId: nextSheetId++, relationshipId: id });
    changes.newRelationships.push({ id, type: `${RELATIONSHIP_TYPE_BASE}/worksheet`, target: relativeTarget(layout.workbookPart, part) });
    changes.newOverrides.push({ part, contentType: WORKSHEET_CONTENT_TYPE });
  }

  if (styles.changed) {
    if (stylesEntry) {
      changes.change(stylesEntry.name, styles.serialize());
    } else {
      changes.add(stylesPart, styles.serialize());
      changes.newRelationships.push({ id: ids.shift() ?? '', type: `${RELATIONSHIP_TYPE_BASE}/styles`, target: relativeTarget(layout.workbookPart, stylesPart) });
      changes.newOverrides.push({ part: stylesPart, contentType: STYLES_CONTENT_TYPE });
    }
  }

  // The calculation chain lists formula cells; Excel rebuilds it (fullCalcOnLoad below).
  for (const rel of layout.relationships) {
    if (isRelationshipType(rel.type, 'calcChain')) changes.removedRelationships.add(rel.id);
  }
  const calcChain = layout.calcChainPart === undefined ? undefined : pkg.entry(layout.calcChainPart);
  if (calcChain) {
    changes.removed.add(calcChain.name);
    changes.removedOverrides.push(calcChain.name);
  }

  changes.change(layout.workbookPart, patchWorkbookXml(pkg.readText(layout.workbookPart), layout.workbookPart, changes.newSheets));
  const relsEntry = pkg.entry(layout.workbookRelationshipsPart);
  if (relsEntry && (changes.removedRelationships.size > 0 || changes.newRelationships.length > 0)) {
    changes.change(
      relsEntry.name,
      patchRelationships(pkg.readText(relsEntry.name), relsEntry.name, changes.removedRelationships, changes.newRelationships),
    );
  }
  if (changes.removedOverrides.length > 0 || changes.newOverrides.length > 0) {
    const contentTypes = pkg.entry(CONTENT_TYPES_PART)?.name ?? CONTENT_TYPES_PART;
    changes.change(contentTypes, patchContentTypes(pkg.readText(contentTypes), changes.removedOverrides, changes.newOverrides));
  }
  return writeZip(original, changes.toZipEntries());
}

/**
 * Applies a write plan to an .xlsx and returns a complete new file. Only what the plan needs
 * changes: the written cells of the sheets it writes into, appended styles, the generated
 * sheets, and workbook.xml (full recalculation on open, instead of the dropped calcChain.xml);
 * every other part is copied byte for byte. Throws `XlsxPatchError` for a plan that does not
 * fit the workbook (unknown sheet, a merged cell's hidden part, part of an array formula) and
 * `XlsxReadError` for a file that cannot be read.
 */
export function patchXlsx(original: Uint8Array, plan: WritePlan): Uint8Array {
  try {
    return patchPackage(original, plan);
  } catch (err) {
    if (err instanceof XlsxReadError || err instanceof XlsxPatchError) throw err;
    throw corruptError('detailUnexpected', { reason: err instanceof Error ? err.message : String(err) });
  }
}
