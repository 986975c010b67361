import { detachString } from '../xml/detach-string';
import { XmlCursor } from '../xml/xml-cursor';
import { readRichText } from './read-rich-text';

export function readSharedStrings(text: string, part: string): string[] {
  const cursor = new XmlCursor(text, part);
  const strings: string[] = [];
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close' || !cursor.isNamed('si')) continue;
    strings.push(kind === 'open' ? detachString(readRichText(cursor)) : '');
  }
  return strings;
}
