/** One file of a zip archive as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** The name exactly as stored, for writing it back unchanged. */
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the compressed data in the archive. */
  readonly dataOffset: number;
  readonly versionMadeBy: number;
  readonly externalAttributes: number;
}

export const ZIP_FLAG_ENCRYPTED = 0x0001;
export const ZIP_FLAG_DATA_DESCRIPTOR = 0x0008;
export const ZIP_FLAG_UTF8_NAME = 0x0800;
export const ZIP_METHOD_STORED = 0;
export const ZIP_METHOD_DEFLATE = 8;
