// How well an organisation's supply-chain roles answer the roles a need seeks.

/**
 * The share of the roles an organisation plays that the need seeks: a tape maker (materials supplier only)
 * answers "materials or component suppliers" fully, a plant developer that also sells components half, a
 * plant developer not at all. Counting any one shared role as a full fit let developers, whose profiles
 * speak of the magnets and coils they buy, outrank the makers of what they buy.
 */
export function roleFit(roles: readonly string[], sought: readonly string[]): number {
  const own = new Set(roles);
  if (own.size === 0) return 0;
  const wanted = new Set(sought);
  let hit = 0;
  for (const role of own) if (wanted.has(role)) hit++;
  return hit / own.size;
}

/** Set bits of a role mask. */
function bitCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}

/** The same on role bit masks (engine.ts keeps roles as bits); runs per candidate, so allocates nothing. */
export function roleFitOfMasks(own: number, sought: number): number {
  const all = bitCount(own);
  return all === 0 ? 0 : bitCount(own & sought) / all;
}

/**
 * When a need names the roles it seeks, the role fit also scales the whole score, from this floor (no role
 * sought is played) up to 1: a stated "we seek suppliers" is a requirement, not one soft signal among five
 * that a developer's closer wording outweighs. Not a hard filter, so a developer that is the only one with
 * the technology still shows. 0.5 keeps nDCG@10 on data/eval (npm run bench:matching).
 */
export const ROLE_FLOOR = 0.5;

/**
 * The floor for roles inferred from a need's plain words (partner-kinds.ts) rather than stated. 1: an
 * inferred role does not scale the score, it only enters as the role signal (weight 0.2, share shown). On
 * data/eval/matching.json (the tuning set) nDCG@10 was 0.952 at 0.5, 0.956 at 0.75, 0.957 at 0.9 and 0.962
 * at 1: a cue word can mislead (相談, "space" in a technical need), so a guess must not gate like a statement.
 */
export const INFERRED_ROLE_FLOOR = 1;

/**
 * The floor for roles inferred from a need that carries no technology code: a lay need ("we need a workshop
 * with a crane", "who do we ask about permits") says little else than the kind of partner it wants, so the
 * kind gates as a stated role does. The tuning set has no such need (all its needs carry codes).
 */
export const LAY_ROLE_FLOOR = 0.5;
