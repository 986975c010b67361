import { detachString } from '../xml/detach-string';
import type { XmlCursor } from '../xml/xml-cursor';
import { readRichText } from './read-rich-text';

/** The shared strings table from a cursor at the start of sharedStrings.xml. */
export function readSharedStrings(cursor: XmlCursor): string[] {
  const strings: string[] = [];
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close' || !cursor.isNamed('si')) continue;
    strings.push(kind === 'open' ? detachString(readRichText(cursor)) : '');
  }
  return strings;
}
