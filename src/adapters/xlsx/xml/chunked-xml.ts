import { badXmlError } from '../read-errors';
import { XmlCursor } from './xml-cursor';

/** Bytes decoded at a time: the whole text of a 25 MB sheet never has to exist at once. */
const CHUNK_BYTES = 1 << 20;

const LARGE_SHEET_CHUNK_BYTES = 1 << 16;
const LARGE_SHEET_BYTES = 1 << 17;

/**
 * The chunk size for a worksheet of `partBytes`: over 128 KB it is decoded 64 KB at a time, under
 * V8's large-object size (128 KB). A chunk alive at a young collection is then copied as any
 * small object, where a 1 MB chunk was promoted whole and counted as survival, which grows the
 * young generation (12,500 rows: read 40 → 32 MB); and the part's text never exists whole
 * beside its bytes (a 414 KB SIPD export: −0.4 to −0.8 MB of peak RSS; the 172 KB E.81 sheet:
 * −0.2 to −0.3 MB, for ~7 % more CPU in its recalc, each chunk's seam being a cold read).
 */
export function sheetChunkBytes(partBytes: number): number {
  return partBytes > LARGE_SHEET_BYTES ? LARGE_SHEET_CHUNK_BYTES : CHUNK_BYTES;
}

/** A decoded chunk: where its bytes start in the part, how many bytes and characters it has. */
export type ChunkObserver = (byteStart: number, byteLength: number, charLength: number) => void;

/**
 * A cursor over a part's UTF-8 bytes that decodes them a chunk at a time, each chunk ending
 * on a character boundary, each told to `onChunk` in order. Invalid UTF-8 is a `corrupt`
 * error naming the part.
 */
export function chunkedXmlCursor(bytes: Uint8Array, part: string, chunkBytes = CHUNK_BYTES, onChunk?: ChunkObserver): XmlCursor {
  // ignoreBOM keeps a byte-order mark in the text; the cursor skips it.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let source: Uint8Array | undefined = bytes;
  let offset = 0;
  const next = (): string | undefined => {
    if (!source || offset >= source.length) {
      source = undefined;
      return undefined;
    }
    const bytes = source;
    const continues = (at: number): boolean => at < bytes.length && (bytes[at]! & 0xc0) === 0x80;
    let end = Math.min(bytes.length, offset + chunkBytes);
    // Never cut inside a character: step back over UTF-8 continuation bytes (0x80–0xBF), or past
    // them when the chunk is smaller than the character.
    while (end > offset && continues(end)) end--;
    if (end === offset) for (end = offset + 1; continues(end); end++);
    const piece = bytes.subarray(offset, end);
    const start = offset;
    offset = end;
    let text: string;
    try {
      text = decoder.decode(piece);
    } catch {
      throw badXmlError(part, 'reasonBadEncoding', {}, offset);
    }
    onChunk?.(start, piece.length, text.length);
    return text;
  };
  return new XmlCursor(next() ?? '', part, next);
}
