import { badZipError } from '../read-errors';
import { rawDeflateCodec, type RawDeflateCodec } from './raw-deflate';
import { ZIP_METHOD_DEFLATE, ZIP_METHOD_STORED, type ZipEntry } from './zip-entry';

/**
 * The uncompressed bytes of an entry. The output is bounded by the declared size, so a
 * stream that inflates to more than it declares cannot take more memory; it is refused.
 */
export function inflateEntry(archive: Uint8Array, entry: ZipEntry, codec: RawDeflateCodec = rawDeflateCodec): Uint8Array {
  if (entry.uncompressedSize === 0) return new Uint8Array(0);
  const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === ZIP_METHOD_STORED) {
    if (data.length !== entry.uncompressedSize) throw badZipError('reasonSizeMismatch', { name: entry.name });
    return data;
  }
  if (entry.method !== ZIP_METHOD_DEFLATE) {
    throw badZipError('reasonUnsupportedMethod', { name: entry.name, method: entry.method });
  }
  const inflated = codec.inflate(data, entry.uncompressedSize);
  if (!inflated) throw badZipError('reasonInflateFailed', { name: entry.name });
  return inflated;
}
