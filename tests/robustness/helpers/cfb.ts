/**
 * A minimal but well-formed OLE compound file (CFB v3, 512-byte sectors): a header, one FAT
 * sector, one directory sector holding the root and the named streams (empty). Enough to be what
 * an old `.xls` (a `Workbook` stream) or a password-protected `.xlsx` (`EncryptionInfo` and
 * `EncryptedPackage` streams) looks like from the outside.
 */
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;

function directoryEntry(name: string, type: 1 | 2 | 5, child: number, right: number): Buffer {
  const entry = Buffer.alloc(128);
  const utf16 = Buffer.from(`${name}\u0000`, 'utf16le');
  utf16.copy(entry, 0);
  entry.writeUInt16LE(utf16.length, 64);
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67); // black
  entry.writeUInt32LE(NO_STREAM, 68); // left sibling
  entry.writeUInt32LE(right, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(END_OF_CHAIN, 116); // start sector: none, size 0
  return entry;
}

export function compoundFile(streams: readonly string[]): Uint8Array {
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift: 512
  header.writeUInt16LE(6, 32); // mini sector shift: 64
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + 4 * i);

  const fat = Buffer.alloc(SECTOR);
  for (let i = 0; i < SECTOR / 4; i++) fat.writeUInt32LE(FREE, 4 * i);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  // Streams chained as right siblings under the root: a valid (if degenerate) red-black tree.
  const entries = [directoryEntry('Root Entry', 5, streams.length > 0 ? 1 : NO_STREAM, NO_STREAM)];
  streams.forEach((name, i) => entries.push(directoryEntry(name, 2, NO_STREAM, i + 2 <= streams.length ? i + 2 : NO_STREAM)));
  const directory = Buffer.alloc(SECTOR);
  Buffer.concat(entries).copy(directory, 0);
  return new Uint8Array(Buffer.concat([header, fat, directory]));
}
