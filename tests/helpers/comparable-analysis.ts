import type { Derived } from '../../src/engine/derive/types';
import type { Analysis } from '../../src/engine/pipeline';

/** Derived cells with their basis spelled out, so that two analyses compare by what they say. */
export function comparableDerived(derived: readonly Derived[]): unknown[] {
  return derived.map(({ basis, ...rest }) => ({ ...rest, basis: basis() }));
}

export function comparableAnalysis(analysis: Analysis): unknown {
  return { ...analysis, derived: comparableDerived(analysis.derived) };
}
