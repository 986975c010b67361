import type { HierarchyLevel, RowRole } from './types';

export const LEVEL_ORDER: readonly HierarchyLevel[] = [
  'urusan', 'bidang', 'organisasi', 'program', 'kegiatan', 'sub_kegiatan', 'rekening',
];

const KODE = /^\d+(?:[.\s]+\d+)*\.?$/;

/** Digit groups of a kode rekening (`7.01.01.2.01` → 5), or 0 when the text is not a kode. */
export function kodeSegments(text: string): number {
  const t = text.trim();
  if (!KODE.test(t)) return 0;
  // The groups are the runs of digits (KODE vouched that nothing else is there but separators).
  let groups = 0;
  for (let i = 0; i < t.length; i++) if (isDigit(t.charCodeAt(i)) && (i === 0 || !isDigit(t.charCodeAt(i - 1)))) groups++;
  return groups;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Level of a kode by its number of groups (Permendagri 90 nomenclature). */
export function levelOfKode(segments: number): HierarchyLevel | undefined {
  if (segments <= 0) return undefined;
  if (segments >= 7) return 'organisasi';
  return (['urusan', 'bidang', 'program', 'kegiatan', 'kegiatan', 'sub_kegiatan'] as const)[segments - 1];
}

/** Level from the way a name is written: `Program:`, `[KEGIATAN]`, `Sub Kegiatan …`, `PROGRAM …`. */
export function levelOfName(name: string): HierarchyLevel | undefined {
  const t = name.trim().replace(/^([-•*]|\d{1,3}\.|[a-z][.)])\s*/i, '');
  if (/^\[?\s*sub\s*kegiatan\b/i.test(t)) return 'sub_kegiatan';
  if (/^\[?\s*kegiatan\s*\]?\s*[:\-]/i.test(t) || /^\[kegiatan\]/i.test(t)) return 'kegiatan';
  if (/^\[?\s*program\s*\]?\s*[:\-]/i.test(t) || /^\[program\]/i.test(t) || /^program\s+\S/i.test(t)) return 'program';
  if (/\burusan\b/i.test(t) && t === t.toUpperCase() && !/^program\b/i.test(t)) return 'urusan';
  return undefined;
}

function depthOf(level: HierarchyLevel | undefined): number {
  return level === undefined ? 0 : LEVEL_ORDER.indexOf(level);
}

type DataRole = Extract<RowRole, { readonly role: 'data' }>;

/** The few data-row roles, one object each, shared by every row of a level (rows are read-only). */
const DATA_ROLES = new Map<HierarchyLevel | undefined, DataRole>();

export function dataRole(level: HierarchyLevel | undefined): DataRole {
  let role = DATA_ROLES.get(level);
  if (!role) DATA_ROLES.set(level, (role = level === undefined ? { role: 'data', depth: 0 } : { role: 'data', level, depth: depthOf(level) }));
  return role;
}
