/**
 * The key an indicator name is known by in settings and across tables: lower case, every
 * run of characters other than letters and digits turned into one space, trimmed.
 * `Angka Kematian Ibu (AKI)` → `angka kematian ibu aki`.
 */
export function indicatorKey(name: string): string {
  return asciiKey(name) ?? name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same key for plain ASCII names (nearly all), in one pass; undefined for any other name. */
function asciiKey(name: string): string | undefined {
  let key = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) c += 32;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!alnum) {
      gap = key.length > 0;
      continue;
    }
    if (gap) key += ' ';
    gap = false;
    key += String.fromCharCode(c);
  }
  return key;
}
