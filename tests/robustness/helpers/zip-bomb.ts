import { constants, crc32, deflateRawSync } from 'zlib';

const CHUNK = 16 * 1024 * 1024;
/** An empty final deflate block (fixed Huffman, end-of-block only): ends the stream. */
const FINAL_EMPTY_BLOCK = [0x03, 0x00];

/**
 * A real deflate stream of `chunks` × 16 MiB of zeros (64 chunks: 1 GiB in about 1 MB), made in
 * well under a second: one chunk compressed with a full flush ends byte-aligned and needs no
 * history, so the same bytes can be repeated, then closed with an empty final block.
 */
export function zerosDeflateStream(chunks: number): { data: Uint8Array; size: number; crc: number } {
  const zeros = new Uint8Array(CHUNK);
  const block = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const data = new Uint8Array(block.length * chunks + FINAL_EMPTY_BLOCK.length);
  let crc = 0;
  for (let i = 0; i < chunks; i++) {
    data.set(block, i * block.length);
    crc = crc32(zeros, crc);
  }
  data.set(FINAL_EMPTY_BLOCK, block.length * chunks);
  return { data, size: CHUNK * chunks, crc };
}
