import { detachString } from '../xml/detach-string';
import { decodeOoxmlEscapes } from '../xml/xml-escape';
import { isPlainText, type XmlCursor } from '../xml/xml-cursor';
import { readRichText } from './read-rich-text';
import { grown } from '../../../engine/workbook/grown-array';
import type { TextTable } from '../../../engine/workbook/text-table';

/**
 * A string item in the form nearly every writer uses, whole: `<si><t>Teks</t></si>`, with or
 * without `xml:space="preserve"`. Anything else (runs, phonetic text, prefixes, an item cut by
 * the end of a decoded chunk) is read by the cursor, tag by tag.
 */
const SIMPLE_ITEM = /[ \t\r\n]*<si><t(?: xml:space="preserve")?>[^<]*<\/t><\/si>/y;
const ITEM_CLOSE_LENGTH = '</t></si>'.length;
const GT = 62;

const INITIAL_CAPACITY = 1024;

/**
 * A workbook's shared strings, kept as the decoded chunks of the part they were read from and,
 * per item, where its text lies in them; a text is sliced out each time a cell's value is asked
 * for. 100,000 strings made while reading, all alive at the end, made V8 grow its young
 * generation to the maximum (25,000-row workbook: +33 MB of the read's +84 MB). Keeping the
 * texts once made cost the engine more than slicing them again (50,000 rows: recognition
 * +127 ms against +59 ms).
 */
export class SharedStringTable implements TextTable {
  private readonly chunks: string[] = [];
  /** Per item: the chunk holding its text, or -1 for a text decoded while reading (in `decoded`). */
  private chunkOf = new Int32Array(INITIAL_CAPACITY);
  private starts = new Int32Array(INITIAL_CAPACITY);
  private ends = new Int32Array(INITIAL_CAPACITY);
  private readonly decoded = new Map<number, string>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  text(index: number): string {
    const chunk = this.chunkOf[index]!;
    return chunk < 0 ? this.decoded.get(index)! : decodeOoxmlEscapes(this.chunks[chunk]!.slice(this.starts[index], this.ends[index]));
  }

  /** An item whose text is `chunk[start, end)` as it stands: no entity, no line end to normalise. */
  addPlain(chunk: string, start: number, end: number): void {
    let at = this.chunks.length - 1;
    if (at < 0 || this.chunks[at] !== chunk) {
      this.chunks.push(chunk);
      at++;
    }
    const i = this.next();
    this.chunkOf[i] = at;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  addDecoded(text: string): void {
    const i = this.next();
    this.chunkOf[i] = -1;
    this.decoded.set(i, detachString(text));
  }

  private next(): number {
    if (this.count === this.chunkOf.length) {
      const capacity = this.count * 2;
      this.chunkOf = grown(this.chunkOf, capacity);
      this.starts = grown(this.starts, capacity);
      this.ends = grown(this.ends, capacity);
    }
    return this.count++;
  }
}

/** The simple item at the cursor, if there is one: noted, and the cursor moved past it. */
function readSimpleItem(cursor: XmlCursor, table: SharedStringTable): boolean {
  const text = cursor.text;
  const pos = cursor.offset;
  SIMPLE_ITEM.lastIndex = pos;
  if (!SIMPLE_ITEM.test(text)) return false;
  const end = SIMPLE_ITEM.lastIndex;
  const afterName = text.indexOf('<', pos) + '<si><t'.length;
  const start = text.charCodeAt(afterName) === GT ? afterName + 1 : text.indexOf('>', afterName) + 1;
  const close = end - ITEM_CLOSE_LENGTH;
  if (isPlainText(text, start, close)) table.addPlain(text, start, close);
  else table.addDecoded(decodeOoxmlEscapes(cursor.decode(text.slice(start, close))));
  cursor.skipTo(end);
  return true;
}

/**
 * The shared strings table from a cursor at the start of sharedStrings.xml. Between items,
 * the ones in the simple form are read with one pattern test each: on a cold start that reads
 * a table of 58,000 strings in half the time the cursor takes.
 */
export function readSharedStrings(cursor: XmlCursor): SharedStringTable {
  const table = new SharedStringTable();
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close') continue;
    if (cursor.isNamed('si')) table.addDecoded(kind === 'open' ? readRichText(cursor) : '');
    else if (kind !== 'open' || !cursor.isNamed('sst')) continue;
    while (readSimpleItem(cursor, table));
  }
  return table;
}
