import { organizationKindCodes, supplyChainRoleCodes } from '../../src/core/directory/vocabulary.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import type { ReferenceData } from '../../src/server/lib/reference-data.ts';

const prefectures = [
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '東京都',
  '茨城県',
  '愛知県',
  '大阪府',
  '京都府',
  '福岡県',
];
const jaSuffix = ['株式会社', '工業', '製作所', '研究所', 'テクノロジーズ', '精機'];
const enSuffix = ['Ltd.', 'Industries', 'Works', 'Technologies', 'Engineering', 'Inc.'];
const jaVerbs = ['を製造する。', 'の設計と試験を行う。', 'を量産している。', 'の研究開発に取り組む。'];
const enVerbs = ['Manufactures', 'Designs and tests', 'Mass-produces', 'Develops'];

/** n organisations in bundle form, mixed Japanese and English, drawn from the real taxonomy labels. */
export function generateOrganizations(n: number, ref: ReferenceData, seed = 42) {
  // Seeded: the same corpus on every run and every engine.
  const rnd = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const codes = [...ref.technologies.values()].filter((t) => t.cluster === 'fusion' && t.parent);
  const associations = Array.from({ length: 5 }, (_, i) => ({
    key: `bench-association-${i}`,
    name: { ja: `ベンチ協議会${i}`, en: `Bench Association ${i}` },
    kind: 'association',
    roles: ['public'],
  }));
  const orgs = Array.from({ length: n - associations.length }, (_, i) => {
    const techs = [...new Set([pick(codes), pick(codes), ...(rnd() < 0.5 ? [pick(codes)] : [])])];
    const main = techs[0]!.label;
    const japanese = rnd() < 0.6;
    const english = !japanese || rnd() < 0.5;
    const lat = 33 + rnd() * 8;
    return {
      key: `bench-org-${i}`,
      name: {
        ...(japanese ? { ja: `${main.ja}${pick(jaSuffix)}${i}` } : {}),
        ...(english ? { en: `${main.en} ${pick(enSuffix)} ${i}` } : {}),
      },
      kind: pick(organizationKindCodes),
      roles: [pick(supplyChainRoleCodes)],
      technologies: techs.map((t) => t.code),
      description: {
        ...(japanese ? { ja: techs.map((t) => `${t.label.ja}${pick(jaVerbs)}`).join('') } : {}),
        ...(english
          ? { en: techs.map((t) => `${pick(enVerbs)} ${(t.label.en ?? t.code).toLowerCase()}.`).join(' ') }
          : {}),
      },
      location: { country: 'JP', prefecture: pick(prefectures), lat, lng: 130 + rnd() * 12 },
      memberships: rnd() < 0.3 ? [pick(associations).key] : [],
      sources: [{ url: `https://example.org/bench/${i}`, asOf: '2026-01-01' }],
      illustrative: true,
    };
  });
  return { format: 'fusion-cluster-bundle', version: 1, organizations: [...associations, ...orgs] };
}
