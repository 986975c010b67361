import { badXmlError } from '../read-errors';

// ignoreBOM keeps a byte-order mark in the string, so that re-encoding a patched part keeps it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** The text of an XML part; refuses bytes that are not UTF-8. */
export function decodeXmlPart(bytes: Uint8Array, part: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw badXmlError(part, 'reasonBadEncoding', {}, 0);
  }
}

export function encodeXmlPart(text: string): Uint8Array {
  return encoder.encode(text);
}
