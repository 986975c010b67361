import { detachString } from '../xml/detach-string';
import { decodeOoxmlEscapes } from '../xml/xml-escape';
import { isPlainText, type XmlCursor } from '../xml/xml-cursor';
import { readRichText } from './read-rich-text';

/**
 * A string item in the form nearly every writer uses, whole: `<si><t>Teks</t></si>`, with or
 * without `xml:space="preserve"`. Anything else (runs, phonetic text, prefixes, an item cut by
 * the end of a decoded chunk) is read by the cursor, tag by tag.
 */
const SIMPLE_ITEM = /[ \t\r\n]*<si><t(?: xml:space="preserve")?>[^<]*<\/t><\/si>/y;
const ITEM_CLOSE_LENGTH = '</t></si>'.length;
const GT = 62;

/** The simple item at the cursor, if there is one: its text pushed, and the cursor moved past it. */
function readSimpleItem(cursor: XmlCursor, strings: string[]): boolean {
  const text = cursor.text;
  const pos = cursor.offset;
  SIMPLE_ITEM.lastIndex = pos;
  if (!SIMPLE_ITEM.test(text)) return false;
  const end = SIMPLE_ITEM.lastIndex;
  const afterName = text.indexOf('<', pos) + '<si><t'.length;
  const start = text.charCodeAt(afterName) === GT ? afterName + 1 : text.indexOf('>', afterName) + 1;
  const close = end - ITEM_CLOSE_LENGTH;
  const raw = text.slice(start, close);
  strings.push(detachString(decodeOoxmlEscapes(isPlainText(text, start, close) ? raw : cursor.decode(raw))));
  cursor.skipTo(end);
  return true;
}

/**
 * The shared strings table from a cursor at the start of sharedStrings.xml. Between items,
 * the ones in the simple form are read with one pattern test each: on a cold start that reads
 * a table of 58,000 strings in half the time the cursor takes.
 */
export function readSharedStrings(cursor: XmlCursor): string[] {
  const strings: string[] = [];
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close') continue;
    if (cursor.isNamed('si')) strings.push(kind === 'open' ? detachString(readRichText(cursor)) : '');
    else if (kind !== 'open' || !cursor.isNamed('sst')) continue;
    while (readSimpleItem(cursor, strings));
  }
  return strings;
}
