/**
 * Mulberry32: a tiny seeded 32-bit generator, good enough for weight sampling and
 * identical in Node and browsers, so a SMAA run with the same seed reproduces exactly.
 * Returns values in the open interval (0, 1), safe for −ln(u).
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/**
 * Uniform sample on the weight simplex: normalised independent Exp(1) draws are
 * Dirichlet(1, …, 1), i.e. uniform (the "exponential method" of Rubinstein, 1982).
 */
export function sampleSimplex(random: () => number, out: Float64Array): Float64Array {
  let total = 0;
  for (let j = 0; j < out.length; j++) {
    const e = -Math.log(random());
    out[j] = e;
    total += e;
  }
  for (let j = 0; j < out.length; j++) out[j] = (out[j] ?? 0) / total;
  return out;
}
