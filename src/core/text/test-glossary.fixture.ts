// A small inline glossary for tests, independent of data/glossary.json.
import { createGlossary } from './glossary.ts';

export const fixtureGlossary = createGlossary([
  { ja: ['超伝導', '超電導'], en: ['superconducting', 'superconductor', 'superconductivity'] },
  { ja: ['高温超伝導', '高温超電導'], en: ['HTS', 'high temperature superconductor'] },
  { ja: ['核融合'], en: ['fusion'] },
  { ja: ['ブランケット'], en: ['blanket'] },
  { ja: ['炉'], en: ['reactor'] },
  { ja: ['バランス・オブ・プラント'], en: ['balance of plant', 'BOP'] },
]);
