// Technology-code overlap with parent/child credit, shared by the technology and reciprocity signals.

import type { CodeMatch } from './types.ts';

export type ParentOf = (code: string) => string | null;

/** Two-level codes (MAG, MAG.hts): the parent is what comes before the last dot. */
export const parentByDot: ParentOf = (code) => {
  const at = code.lastIndexOf('.');
  return at > 0 ? code.slice(0, at) : null;
};

/** Credit for offering `offered` when `wanted` is asked: same code 1, parent or child 0.5, sibling 0.25. */
export const CODE_CREDIT = { exact: 1, related: 0.5, sibling: 0.25 } as const;

export function codeCredit(wanted: string, offered: string, parentOf: ParentOf = parentByDot): number {
  if (wanted === offered) return CODE_CREDIT.exact;
  const pw = parentOf(wanted);
  const po = parentOf(offered);
  if (pw === offered || po === wanted) return CODE_CREDIT.related;
  if (pw !== null && pw === po) return CODE_CREDIT.sibling;
  return 0;
}

/**
 * How well `offered` covers `wanted`: the mean over wanted codes of the best credit any offered code gives,
 * with the code that gave it. Ties go to the code that sorts first, so the explanation is stable.
 */
export function codeOverlap(
  wanted: readonly string[],
  offered: readonly string[],
  parentOf: ParentOf = parentByDot,
): { value: number; codes: CodeMatch[] } {
  if (wanted.length === 0 || offered.length === 0) return { value: 0, codes: [] };
  const sortedOffered = [...new Set(offered)].sort();
  const unique = [...new Set(wanted)];
  let sum = 0;
  const codes: CodeMatch[] = [];
  for (const code of unique) {
    let best = 0;
    let matched = '';
    for (const other of sortedOffered) {
      const credit = codeCredit(code, other, parentOf);
      if (credit > best) {
        best = credit;
        matched = other;
      }
    }
    if (best > 0) codes.push({ code, matched, credit: best });
    sum += best;
  }
  return { value: sum / unique.length, codes };
}
