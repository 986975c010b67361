import { CONTENT_TYPES_PART } from '../package/content-types';
import { escapeXmlAttribute } from '../xml/xml-escape';
import { TextEdits } from './text-edits';
import { outlineXml, prefixOf } from './xml-outline';

export interface ContentTypeOverride {
  /** Part name without the leading `/`. */
  readonly part: string;
  readonly contentType: string;
}

/** [Content_Types].xml with the overrides of `removeParts` taken out and `add` appended. */
export function patchContentTypes(text: string, removeParts: readonly string[], add: readonly ContentTypeOverride[]): string {
  const root = outlineXml(text, CONTENT_TYPES_PART, 1);
  const p = prefixOf(root);
  const removed = new Set(removeParts.map((part) => `/${part}`.toLowerCase()));
  const edits = new TextEdits();
  for (const child of root.children) {
    const name = (child.attrs.get('PartName') ?? '').toLowerCase();
    if (child.name === 'Override' && removed.has(name.startsWith('/') ? name : `/${name}`)) edits.replace(child.start, child.end, '');
  }
  const xml = add
    .map((o) => `<${p}Override PartName="/${escapeXmlAttribute(o.part)}" ContentType="${escapeXmlAttribute(o.contentType)}"/>`)
    .join('');
  if (xml !== '') edits.insert(root.closeStart, xml);
  return edits.apply(text);
}
