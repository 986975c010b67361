import { decodeOoxmlEscapes } from '../xml/xml-escape';
import type { XmlCursor } from '../xml/xml-cursor';

/**
 * After the open tag of a string item (`<si>` or `<is>`): its text, runs joined, phonetic
 * runs (`<rPh>`) left out. Leaves the cursor on the item's close tag. The text may be a view
 * into the part's text (see `detachString`).
 */
export function readRichText(cursor: XmlCursor): string {
  const depth = cursor.depth;
  let text = '';
  for (;;) {
    const kind = cursor.next();
    if (kind === 'close') {
      if (cursor.depth < depth) break;
    } else if (kind === 'open') {
      if (cursor.isNamed('t')) text += cursor.readText();
      else if (cursor.isNamed('rPh')) cursor.skipElement();
    } else if (kind === 'end') {
      break;
    }
  }
  return decodeOoxmlEscapes(text);
}
