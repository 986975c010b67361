/** Whether `text[start, end)` holds a character `String.prototype.trim` keeps, without making the substring. */
export function hasVisibleText(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isTrimmed(text.charCodeAt(i))) return true;
  return false;
}

/** The characters `String.prototype.trim` removes. */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
