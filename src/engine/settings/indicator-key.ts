/**
 * The key an indicator name is known by in settings and across tables: lower case, every
 * run of characters other than letters and digits turned into one space, trimmed.
 * `Angka Kematian Ibu (AKI)` → `angka kematian ibu aki`.
 */
export function indicatorKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
