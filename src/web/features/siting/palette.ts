/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; cycled past eight. */
const okabeIto = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export const criterionColor = (index: number): string => okabeIto[index % okabeIto.length] as string;

/** Rank colours for the map: the leaders stand out, the rest fade, excluded sites are grey. */
export function rankColor(rank: number | undefined): string {
  if (rank === undefined) return '#9aa0a6';
  if (rank === 1) return '#0b6e4f';
  if (rank <= 3) return '#2a9d8f';
  return '#8ab6d6';
}
