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

/**
 * The same key for plain ASCII names (nearly all) without the Unicode machinery; undefined for
 * any other name. A name already in key form after lower-casing is returned as it is.
 */
function asciiKey(name: string): string | undefined {
  let clean = true;
  let previousSpace = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return undefined;
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (alnum) previousSpace = false;
    else if (c === 32 && !previousSpace) previousSpace = true;
    else clean = false;
  }
  const lower = name.toLowerCase();
  if (clean && !previousSpace) return lower;
  return lower.replace(/[^a-z0-9]+/g, ' ').trim();
}
