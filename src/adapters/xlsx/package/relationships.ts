import { parseXmlTree } from '../xml/xml-tree';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export const RELATIONSHIP_TYPE_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Whether `type` is the relationship type named `kind` (`worksheet`, `styles` …), transitional or strict. */
export function isRelationshipType(type: string, kind: string): boolean {
  return type.endsWith(`/relationships/${kind}`);
}

export function parseRelationships(text: string, part: string): Relationship[] {
  const root = parseXmlTree(text, part);
  return root.children
    .filter((c) => c.name === 'Relationship')
    .map((c) => ({
      id: c.attrs.get('Id') ?? '',
      type: c.attrs.get('Type') ?? '',
      target: c.attrs.get('Target') ?? '',
      external: c.attrs.get('TargetMode') === 'External',
    }));
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** The part a relationship of `sourcePart` points to: absolute (`/xl/…`) or relative, `..` resolved. */
export function resolveTarget(sourcePart: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : folderOf(sourcePart) + target;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** A target for `part` written relative to the folder of `sourcePart` when it lies below it. */
export function relativeTarget(sourcePart: string, part: string): string {
  const folder = folderOf(sourcePart);
  return folder !== '' && part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}
