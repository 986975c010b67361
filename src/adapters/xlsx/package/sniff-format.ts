import { xlsxMessage } from '../messages';
import { XlsxReadError } from '../xlsx-read-error';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether `bytes` contain `text` as UTF-16LE, as stream names are stored in a CFB directory. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = bytes.length - text.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF?\s*/, '').toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table');
}

/**
 * Refuses what is not a zip package before anything else is read: old .xls and
 * password-protected workbooks (both OLE compound files), and text renamed to .xlsx.
 */
export function assertZipSignature(bytes: Uint8Array): void {
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (containsUtf16(bytes, 'EncryptedPackage')) throw new XlsxReadError('encrypted', xlsxMessage('encrypted'));
    throw new XlsxReadError('xls', xlsxMessage('xls'));
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)) return;
  throw new XlsxReadError('not_zip', xlsxMessage(looksLikeHtml(bytes) ? 'notZipHtml' : 'notZip'));
}
