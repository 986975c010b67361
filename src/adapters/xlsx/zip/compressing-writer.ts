import { Utf8ChunkWriter } from '../xml/utf8-chunks';
import { concatBytes } from './concat-bytes';
import { rawDeflateCodec, type DeflateStream, type RawDeflateCodec } from './raw-deflate';
import type { CompressedContent } from './write-zip';

/** Bytes encoded before they are compressed: a quarter of a megabyte waits at most. */
const PIECE_BYTES = 1 << 18;

/**
 * A part's text written piece by piece and compressed as it comes: only the compressed bytes
 * are kept, never the part's whole text or its whole UTF-8.
 */
export class CompressingWriter {
  private readonly deflater: DeflateStream;
  private readonly compressed: Uint8Array[] = [];
  private readonly utf8: Utf8ChunkWriter;
  private crc = 0;
  private size = 0;

  constructor(codec: RawDeflateCodec = rawDeflateCodec, pieceBytes = PIECE_BYTES) {
    this.deflater = codec.deflateStream();
    this.utf8 = new Utf8ChunkWriter(pieceBytes, (bytes) => {
      this.crc = codec.crc32(bytes, this.crc);
      this.size += bytes.length;
      this.keep(this.deflater.push(bytes));
    });
  }

  readonly write = (text: string): void => this.utf8.write(text);

  finish(): CompressedContent {
    this.utf8.end();
    this.keep(this.deflater.finish());
    return { crc32: this.crc, uncompressedSize: this.size, compressed: concatBytes(this.compressed) };
  }

  private keep(bytes: Uint8Array): void {
    if (bytes.length > 0) this.compressed.push(bytes);
  }
}
