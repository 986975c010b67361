import { unzipSync } from 'fflate';

/** Every part of a zip, uncompressed, by name. */
export function unzipParts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function partText(bytes: Uint8Array, part: string): string {
  const data = unzipParts(bytes).get(part);
  if (!data) throw new Error(`no part ${part}`);
  return new TextDecoder().decode(data);
}

/**
 * A copy of `zip` whose central directory declares `size` as the uncompressed size of entry
 * `name`: a zip bomb's lie, without building hundreds of megabytes.
 */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const length = view.getUint16(p + 28, true);
    const candidate = out.subarray(p + 46, p + 46 + length);
    if (length === nameBytes.length && candidate.every((b, i) => b === nameBytes[i])) {
      view.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}
