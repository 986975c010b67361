import { escapeXmlAttribute } from '../xml/xml-escape';
import type { Relationship } from '../package/relationships';
import { renderStartTag } from './start-tag';
import { TextEdits } from './text-edits';
import { outlineXml, prefixOf } from './xml-outline';

export type NewRelationship = Omit<Relationship, 'external'>;

/** `count` relationship ids not among `taken`: `rId` plus a number above every `rId<n>` in use. */
export function freshRelationshipIds(taken: readonly string[], count: number): string[] {
  let n = Math.max(0, ...taken.map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0)));
  const ids: string[] = [];
  while (ids.length < count) {
    n++;
    if (!taken.includes(`rId${n}`)) ids.push(`rId${n}`);
  }
  return ids;
}

/** A relationships part with the relationships `remove` (by id) taken out and `add` appended. */
export function patchRelationships(
  text: string,
  part: string,
  remove: ReadonlySet<string>,
  add: readonly NewRelationship[],
): string {
  const root = outlineXml(text, part, 1);
  const p = prefixOf(root);
  const edits = new TextEdits();
  for (const child of root.children) {
    if (child.name === 'Relationship' && remove.has(child.attrs.get('Id') ?? '')) edits.replace(child.start, child.end, '');
  }
  const xml = add
    .map((r) => `<${p}Relationship Id="${escapeXmlAttribute(r.id)}" Type="${escapeXmlAttribute(r.type)}" Target="${escapeXmlAttribute(r.target)}"/>`)
    .join('');
  if (xml !== '') {
    if (root.selfClosing) {
      const open = renderStartTag({ qualifiedName: root.qualifiedName, attributes: root.rawAttributes }, {}, false);
      edits.replace(root.start, root.end, `${open}${xml}</${root.qualifiedName}>`);
    } else {
      edits.insert(root.closeStart, xml);
    }
  }
  return edits.apply(text);
}
