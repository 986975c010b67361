import { badXmlError } from '../read-errors';
import { XmlCursor } from './xml-cursor';

/** Bytes decoded at a time: the whole text of a 25 MB sheet never has to exist at once. */
const CHUNK_BYTES = 1 << 20;

/**
 * A cursor over a part's UTF-8 bytes that decodes them a chunk at a time, each chunk ending
 * on a character boundary. Invalid UTF-8 is a `corrupt` error naming the part.
 */
export function chunkedXmlCursor(bytes: Uint8Array, part: string, chunkBytes = CHUNK_BYTES): XmlCursor {
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
    offset = end;
    try {
      return decoder.decode(piece);
    } catch {
      throw badXmlError(part, 'reasonBadEncoding', {}, offset);
    }
  };
  return new XmlCursor(next() ?? '', part, next);
}
