import { detachString } from '../xml/detach-string';
import { decodeOoxmlEscapes, mayHoldOoxmlEscape } from '../xml/xml-escape';
import { chunkedXmlCursor } from '../xml/chunked-xml';
import { isPlainText, type XmlCursor } from '../xml/xml-cursor';
import { readRichText } from './read-rich-text';
import { grown } from '../../../engine/workbook/grown-array';
import type { TextTable } from '../../../engine/workbook/text-table';
import { hasVisibleText } from '../../../engine/workbook/visible-text';

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
 * in them. A hundred thousand small strings made while reading, all alive at the end, made V8
 * grow its young generation to the maximum (25,000-row workbook: +33 MB of the read's +84 MB);
 * decoded chunks kept instead grew it too, each counted as survival when promoted; bytes live
 * outside V8's heap. An item whose text lies in one ASCII chunk of the part is sliced, each
 * time a cell's value is asked for, from that chunk, decoded the first time one of its items is
 * asked for; any other item is decoded while reading.
 */
export class SharedStringTable implements TextTable {
  /** The chunks the part was read in: where their bytes start and end, whether they are all ASCII. */
  private readonly chunkStarts: number[] = [];
  private readonly chunkEnds: number[] = [];
  private readonly chunkAscii: boolean[] = [];
  /** The part's characters before each chunk. */
  private readonly chunkChars: number[] = [];
  private readonly chunkTexts: (string | undefined)[] = [];
  private chars = 0;
  /** Per item: the chunk holding its text and the text's offsets in it, or -1 for a text decoded while reading (in `decoded`). */
  private chunkOf = new Int32Array(INITIAL_CAPACITY);
  private starts = new Int32Array(INITIAL_CAPACITY);
  private ends = new Int32Array(INITIAL_CAPACITY);
  private readonly decoded = new Map<number, string>();
  /** Items that are all white space (few): recognition asks of every cell whether it shows text. */
  private readonly blank = new Set<number>();
  private count = 0;

  constructor(private readonly bytes: Uint8Array = new Uint8Array(0)) {}

  get size(): number {
    return this.count;
  }

  text(index: number): string {
    const chunk = this.chunkOf[index]!;
    if (chunk < 0) return this.decoded.get(index)!;
    let text = this.chunkTexts[chunk];
    if (text === undefined) {
      text = decoder.decode(this.bytes.subarray(this.chunkStarts[chunk], this.chunkEnds[chunk]));
      this.chunkTexts[chunk] = text;
    }
    return text.slice(this.starts[index], this.ends[index]);
  }

  hasText(index: number): boolean {
    return !this.blank.has(index);
  }

  /** A chunk of the part as the cursor decodes it (see `ChunkObserver`), in order. */
  observe(byteStart: number, byteLength: number, charLength: number): void {
    this.chunkStarts.push(byteStart);
    this.chunkEnds.push(byteStart + byteLength);
    this.chunkAscii.push(byteLength === charLength);
    this.chunkChars.push(this.chars);
    this.chars += charLength;
  }

  /**
   * An item whose text is the part's characters `[start, end)` as they stand (no entity, no line
   * end to normalise, no `_xHHHH_` escape); false, and nothing noted, unless they lie in one
   * ASCII chunk.
   */
  addPlain(start: number, end: number, visible: boolean): boolean {
    let chunk = this.chunkChars.length - 1;
    while (chunk > 0 && this.chunkChars[chunk]! > start) chunk--;
    const from = this.chunkChars[chunk]!;
    if (!this.chunkAscii[chunk] || end - from > this.chunkEnds[chunk]! - this.chunkStarts[chunk]!) return false;
    const i = this.next();
    this.chunkOf[i] = chunk;
    this.starts[i] = start - from;
    this.ends[i] = end - from;
    if (!visible) this.blank.add(i);
    return true;
  }

  addDecoded(text: string): void {
    const i = this.next();
    this.chunkOf[i] = -1;
    this.decoded.set(i, detachString(text));
    if (!hasVisibleText(text)) this.blank.add(i);
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
  // A cell's value is sliced from a plain item each time it is asked for: the few items with an
  // `_xHHHH_` escape are decoded once, here, not at every slice.
  const plain = isPlainText(text, start, close) && !mayHoldOoxmlEscape(text, start, close) && table.addPlain(cursor.base + start, cursor.base + close, hasVisibleText(text, start, close));
  if (!plain) table.addDecoded(decodeOoxmlEscapes(cursor.decode(text.slice(start, close))));
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
  const cursor = chunkedXmlCursor(bytes, part, chunkBytes, (start, length, chars) => table.observe(start, length, chars));
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close') continue;
    if (cursor.isNamed('si')) table.addDecoded(kind === 'open' ? readRichText(cursor) : '');
    else if (kind !== 'open' || !cursor.isNamed('sst')) continue;
    while (readSimpleItem(cursor, table));
  }
  return table;
}
