import { detachString } from '../xml/detach-string';
import { decodeOoxmlEscapes } from '../xml/xml-escape';
import { chunkedXmlCursor } from '../xml/chunked-xml';
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
/** Decoded 64 KB at a time: a chunk alive at a young collection is copied, not promoted whole. */
const CHUNK_BYTES = 1 << 16;

const decoder = new TextDecoder();

/**
 * A workbook's shared strings, kept as the part's UTF-8 bytes and, per item, where its text lies
 * in them; a text is decoded when a cell's value is first asked for, then kept. A hundred
 * thousand small strings made while reading, all alive at the end, made V8 grow its young
 * generation to the maximum (25,000-row workbook: +33 MB of the read's +84 MB); decoded chunks
 * kept instead grew it too, each counted as survival when promoted. Bytes live outside V8's heap.
 */
export class SharedStringTable implements TextTable {
  /** Per item: its text's bytes, or -1 for a text decoded while reading (in `made`). */
  private starts = new Int32Array(INITIAL_CAPACITY);
  private ends = new Int32Array(INITIAL_CAPACITY);
  /** Texts made so far, by item. */
  private readonly made: (string | undefined)[] = [];
  private count = 0;

  constructor(private readonly bytes: Uint8Array = new Uint8Array(0)) {}

  get size(): number {
    return this.count;
  }

  text(index: number): string {
    let text = this.made[index];
    if (text === undefined) {
      text = decodeOoxmlEscapes(decoder.decode(this.bytes.subarray(this.starts[index], this.ends[index])));
      this.made[index] = text;
    }
    return text;
  }

  /** An item whose text is the bytes `[start, end)` as they stand: no entity, no line end to normalise. */
  addBytes(start: number, end: number): void {
    const i = this.next();
    this.starts[i] = start;
    this.ends[i] = end;
  }

  addDecoded(text: string): void {
    const i = this.next();
    this.starts[i] = -1;
    this.made[i] = detachString(text);
  }

  private next(): number {
    if (this.count === this.starts.length) {
      const capacity = this.count * 2;
      this.starts = grown(this.starts, capacity);
      this.ends = grown(this.ends, capacity);
    }
    return this.count++;
  }
}

/**
 * Where the part's characters are in its bytes, chunk by chunk as the cursor decodes them: a
 * character offset maps to a byte offset wherever every chunk from there on to the text's end is
 * plain ASCII (one byte a character).
 */
class ByteMap {
  private readonly charStarts: number[] = [];
  private readonly byteStarts: number[] = [];
  private readonly ascii: boolean[] = [];
  private chars = 0;

  readonly observe = (byteStart: number, byteLength: number, charLength: number): void => {
    this.charStarts.push(this.chars);
    this.byteStarts.push(byteStart);
    this.ascii.push(byteLength === charLength);
    this.chars += charLength;
  };

  /** The byte offset of characters `[start, end)` of the part, or -1 unless they are all in ASCII chunks. */
  byteOffset(start: number, end: number): number {
    let k = this.charStarts.length - 1;
    while (k > 0 && this.charStarts[k]! > start) k--;
    for (let j = k; j < this.charStarts.length && this.charStarts[j]! < end; j++) if (!this.ascii[j]) return -1;
    return this.byteStarts[k]! + (start - this.charStarts[k]!);
  }
}

/** The simple item at the cursor, if there is one: noted, and the cursor moved past it. */
function readSimpleItem(cursor: XmlCursor, table: SharedStringTable, bytes: ByteMap): boolean {
  const text = cursor.text;
  const pos = cursor.offset;
  SIMPLE_ITEM.lastIndex = pos;
  if (!SIMPLE_ITEM.test(text)) return false;
  const end = SIMPLE_ITEM.lastIndex;
  const afterName = text.indexOf('<', pos) + '<si><t'.length;
  const start = text.charCodeAt(afterName) === GT ? afterName + 1 : text.indexOf('>', afterName) + 1;
  const close = end - ITEM_CLOSE_LENGTH;
  const at = isPlainText(text, start, close) ? bytes.byteOffset(cursor.base + start, cursor.base + close) : -1;
  if (at >= 0) table.addBytes(at, at + close - start);
  else table.addDecoded(decodeOoxmlEscapes(cursor.decode(text.slice(start, close))));
  cursor.skipTo(end);
  return true;
}

/**
 * The shared strings table of sharedStrings.xml (`bytes`), which it keeps. Between items, the
 * ones in the simple form are read with one pattern test each: on a cold start that reads a
 * table of 58,000 strings in half the time the cursor takes.
 */
export function readSharedStrings(bytes: Uint8Array, part: string, chunkBytes = CHUNK_BYTES): SharedStringTable {
  const table = new SharedStringTable(bytes);
  const map = new ByteMap();
  const cursor = chunkedXmlCursor(bytes, part, chunkBytes, map.observe);
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close') continue;
    if (cursor.isNamed('si')) table.addDecoded(kind === 'open' ? readRichText(cursor) : '');
    else if (kind !== 'open' || !cursor.isNamed('sst')) continue;
    while (readSimpleItem(cursor, table, map));
  }
  return table;
}
