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

/** The same on role bit masks (engine.ts keeps roles as bits). */
export function roleFitOfMasks(own: number, sought: number): number {
  const count = (x: number) => {
    let n = 0;
    for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
    return n;
  };
  const all = count(own);
  return all === 0 ? 0 : count(own & sought) / all;
}

/**
 * When a need names the roles it seeks, the role fit also scales the whole score, from this floor (no role
 * sought is played) up to 1: a stated "we seek suppliers" is a requirement, not one soft signal among five
 * that a developer's closer wording outweighs. Not a hard filter, so a developer that is the only one with
 * the technology still shows. 0.5 keeps nDCG@10 on data/eval (npm run bench:matching).
 */
export const ROLE_FLOOR = 0.5;
