// The kind of partner a need seeks, read from plain words when the poster named no role (issue 19): "we
// need land near the port", "who do we ask about permits", "someone to make this part". People outside
// the field do not pick supply-chain roles in a form, but their words say which kind of organisation can
// help. Each kind maps to the directory's roles and is then used like a stated role (engine.ts), more
// softly (INFERRED_ROLE_FLOOR), since a cue word can mislead.

import { normalizeText } from '../text/index.ts';

export type PartnerKind =
  | 'premises'
  | 'public-support'
  | 'finance'
  | 'manufacture'
  | 'supplier'
  | 'research'
  | 'training'
  | 'transport';

/**
 * Cue words per kind, Japanese as substrings (no word boundaries in Japanese), English as word starts
 * (rent, rents, rental). Kept to words that name the request itself, not the technology.
 */
const KINDS: Record<PartnerKind, { roles: string[]; ja: string[]; en: string[] }> = {
  premises: {
    roles: ['public', 'services'],
    ja: [
      '土地',
      '用地',
      '敷地',
      '借り',
      '賃貸',
      '貸し',
      '作業場',
      '事務所',
      'オフィス',
      '入居',
      '拠点を',
      '工場を建',
      '建屋',
      '倉庫',
      '空き',
      '場所',
      '立地',
    ],
    en: [
      'land',
      'plot',
      'premises',
      'rent',
      'lease',
      'office',
      'workshop',
      'warehouse',
      'site for',
      'space',
      'building',
      'a place',
      'somewhere to',
      'locate',
      'set up',
    ],
  },
  'public-support': {
    roles: ['public'],
    ja: [
      '許可',
      '許認可',
      '申請',
      '届出',
      '補助金',
      '助成',
      '支援制度',
      '相談',
      '窓口',
      '誘致',
      '自治体',
      '行政',
      '手続',
      '規制',
      'どこに',
      '誰に',
      '問い合わせ',
      '紹介して',
    ],
    en: [
      'permit',
      'licens',
      'licenc',
      'approval',
      'subsid',
      'grant',
      'authorit',
      'regulator',
      'who do we',
      'who to',
      'who should',
      'whom',
      'local government',
      'paperwork',
      'regulation',
      'introduc',
      'point us',
    ],
  },
  finance: {
    roles: ['services', 'public'],
    ja: ['出資', '融資', '資金', '投資', '借入', 'ファイナンス', 'お金', '費用'],
    en: ['funding', 'fund', 'invest', 'loan', 'equity', 'financ', 'capital', 'money', 'bank'],
  },
  manufacture: {
    roles: ['component-supplier', 'integrator'],
    ja: ['製作', '加工', '製造', '試作', '作って', '作れる', '委託', '組立'],
    en: ['manufactur', 'fabricat', 'machin', 'make', 'build', 'assembl', 'produce'],
  },
  supplier: {
    roles: ['component-supplier', 'materials-supplier'],
    ja: ['調達', '購入', '供給', '納入', '仕入', '買い', '売って'],
    en: ['supplier', 'supply', 'supplies', 'purchas', 'buy', 'procur', 'vendor'],
  },
  research: {
    roles: ['research'],
    ja: ['共同研究', '共同開発', '研究機関', '大学', '照射試験', '評価試験', '実験施設'],
    en: ['research', 'joint development', 'collaborat', 'university', 'test facilit', 'irradiat'],
  },
  // People: courses, staff, hiring. Universities and colleges train; support bodies run the courses.
  training: {
    roles: ['research', 'services', 'public'],
    ja: ['研修', '人材', '採用', '育成', '講習', '教育', '技能', '資格'],
    en: ['training', 'train ', 'course', 'skills', 'staff', 'hire', 'hiring', 'recruit', 'apprentice'],
  },
  // Moving heavy or special goods: trading and engineering houses arrange it.
  transport: {
    roles: ['services'],
    ja: ['輸送', '運搬', '物流', '搬入', '輸入', '通関'],
    en: ['transport', 'shipping', 'ship ', 'logistic', 'freight', 'import', 'customs', 'haul'],
  },
};

export const PARTNER_KINDS = Object.keys(KINDS) as PartnerKind[];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUES = PARTNER_KINDS.map((kind) => ({
  kind,
  ja: KINDS[kind].ja.map(normalizeText),
  en: new RegExp(`\\b(?:${KINDS[kind].en.map(escapeRegExp).join('|')})`, 'u'),
}));

/** The kinds of partner a need's text asks for, in PARTNER_KINDS order; [] when no cue is found. */
export function inferPartnerKinds(texts: ReadonlyArray<string | undefined>): PartnerKind[] {
  const text = normalizeText(texts.filter(Boolean).join('\n')).toLowerCase();
  return CUES.filter((c) => c.en.test(text) || c.ja.some((cue) => text.includes(cue))).map((c) => c.kind);
}

/** The directory roles that serve these kinds, without repeats. */
export function rolesOfKinds(kinds: readonly PartnerKind[]): string[] {
  return [...new Set(kinds.flatMap((k) => KINDS[k].roles))];
}
