import { escapeXmlAttribute } from '../xml/xml-escape';
import { XmlCursor, type RawAttribute } from '../xml/xml-cursor';

/** A start tag as written, to be written again with some attributes changed. */
export interface StartTag {
  readonly qualifiedName: string;
  readonly attributes: readonly RawAttribute[];
}

export function currentStartTag(cursor: XmlCursor): StartTag {
  return { qualifiedName: cursor.qualifiedName(), attributes: cursor.rawAttributes() };
}

/** The start tag written at `text[start, end)`, read again when it is about to be rewritten. */
export function startTagAt(text: string, start: number, end: number, part: string): StartTag {
  const cursor = new XmlCursor(text.slice(start, end), part);
  cursor.next();
  return currentStartTag(cursor);
}

/**
 * The tag with `changes` applied: a string sets an attribute (escaped here; in place when it
 * exists, else appended), null removes it. Untouched attributes keep their exact bytes.
 */
export function renderStartTag(
  tag: StartTag,
  changes: Readonly<Record<string, string | null>>,
  selfClosing: boolean,
): string {
  let out = `<${tag.qualifiedName}`;
  const done = new Set<string>();
  for (const a of tag.attributes) {
    if (Object.prototype.hasOwnProperty.call(changes, a.name)) {
      done.add(a.name);
      const value = changes[a.name];
      if (value !== null && value !== undefined) out += ` ${a.name}="${escapeXmlAttribute(value)}"`;
    } else {
      out += ` ${a.name}="${a.raw.replace(/"/g, '&quot;')}"`;
    }
  }
  for (const [name, value] of Object.entries(changes)) {
    if (!done.has(name) && value !== null) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  }
  return out + (selfClosing ? '/>' : '>');
}
