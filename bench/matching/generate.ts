// Generated capability texts (seeds and profiles), mixed Japanese and English, from the real taxonomy
// labels and glossary terms, seeded so every engine and every run sees the same corpus.

import { supplyChainRoleCodes } from '../../src/core/directory/vocabulary.ts';
import type { MatchDoc } from '../../src/core/matching/index.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import type { ReferenceData } from '../../src/server/lib/reference-data.ts';
import type { Query } from './engines.ts';
import { loadEvalSet } from './eval-set.ts';

const jaVerbs = [
  'を製造しています。',
  'の設計と試験を受託します。',
  'を量産しています。',
  'の研究開発に取り組んでいます。',
  'の保守を行います。',
];
const enVerbs = [
  'We manufacture',
  'Design and testing of',
  'Volume production of',
  'Research and development on',
  'Maintenance of',
];
const jaExtras = [
  '短納期に対応します。',
  '試作から量産まで対応。',
  '品質保証体制を備えています。',
  '海外案件の実績があります。',
];
const enExtras = [
  'Short lead times.',
  'From prototype to series production.',
  'ISO 9001 quality assurance.',
  'Export experience.',
];

export function generateCapabilities(n: number, ref: ReferenceData, seed = 42): MatchDoc[] {
  const rnd = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const codes = [...ref.technologies.values()].filter((t) => t.cluster === 'fusion' && t.parent);
  const terms = ref.glossaryEntries;
  return Array.from({ length: n }, (_, i) => {
    const techs = [...new Set([pick(codes), pick(codes), ...(rnd() < 0.4 ? [pick(codes)] : [])])];
    const term = pick(terms);
    const japanese = rnd() < 0.55;
    const english = !japanese || rnd() < 0.3;
    const title: string[] = [];
    const body: string[] = [];
    if (japanese) {
      title.push(`${techs[0]!.label.ja}${pick(['の供給', 'の製作', 'の試験', '技術'])}`);
      body.push(
        techs.map((t) => `${t.label.ja}${pick(jaVerbs)}`).join('') +
          `${term.ja[0] ?? ''}${pick(['にも対応。', 'の経験があります。', 'を扱います。'])}${pick(jaExtras)}`,
      );
    }
    if (english) {
      title.push(`${techs[0]!.label.en} ${pick(['supply', 'fabrication', 'testing', 'technology'])}`);
      body.push(
        `${techs.map((t) => `${pick(enVerbs)} ${(t.label.en ?? '').toLowerCase()}.`).join(' ')} ${
          term.en[0] ?? ''
        } ${pick(['capability.', 'experience.', 'handled in house.'])} ${pick(enExtras)}`,
      );
    }
    return {
      id: `gen:${i}`,
      key: `gen-${i}`,
      type: rnd() < 0.3 ? 'organization' : 'seed',
      organizationId: `gen-org:${Math.floor(i / 3)}`,
      title,
      body,
      technologies: techs.map((t) => t.code),
      roles: [pick(supplyChainRoleCodes)],
      location: { lat: 33 + rnd() * 8, lng: 130 + rnd() * 12 },
      visibility: 'public',
    } satisfies MatchDoc;
  });
}

/**
 * The speed runs' queries: needs of the tuning set drawn at random, the same for every run, so the bench
 * and a side-by-side comparison (compare.ts) time the same work.
 */
export function speedQueries(count: number, ref: ReferenceData, seed = 7): Query[] {
  const { cases } = loadEvalSet(ref);
  const rnd = createRandom(seed);
  return Array.from({ length: count }, () => {
    const c = cases[Math.floor(rnd() * cases.length)]!;
    return { query: c.query, text: c.text, excludeOrganizationId: c.organizationId };
  });
}
