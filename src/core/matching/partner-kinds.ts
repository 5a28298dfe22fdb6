// The kind of partner a need seeks, read from plain words when the poster named no role (issue 19): "we
// need land near the port", "who do we ask about permits", "someone to make this part". People outside
// the field do not pick supply-chain roles in a form, but their words say which kind of organisation can
// help. Each kind maps to the directory's roles and is then used like a stated role (engine.ts), more
// softly (INFERRED_ROLE_FLOOR), since a cue word can mislead.

import { escapeRegExp, normalizeText } from '../text/index.ts';

export type PartnerKind =
  | 'premises'
  | 'public-support'
  | 'finance'
  | 'manufacture'
  | 'supplier'
  | 'research'
  | 'testing'
  | 'training'
  | 'transport';

/**
 * Cue words per kind, Japanese as substrings (no word boundaries in Japanese), English as word starts
 * (rent, rents, rental). Kept to words that name the request itself, not the technology.
 */
const KINDS: Record<PartnerKind, { roles: string[]; codes: string[]; ja: string[]; en: string[] }> = {
  premises: {
    roles: ['public', 'services'],
    codes: ['EPC.site-development', 'PUB.local', 'PUB.regional-development', 'RES.shared-facilities'],
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
    codes: ['PUB.local', 'PUB.national', 'PUB.industry-promotion', 'SRG.licensing'],
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
    codes: ['SVC.finance'],
    ja: ['出資', '融資', '資金', '投資', '借入', 'ファイナンス', 'お金', '費用'],
    // Not "bank": a capacitor bank is a power supply.
    en: ['funding', 'fund', 'invest', 'loan', 'equity', 'financ', 'capital', 'money'],
  },
  manufacture: {
    roles: ['component-supplier', 'integrator'],
    codes: ['MAT.large-fabrication', 'MAT.precision-machining', 'MAT.joining', 'EPC.installation'],
    ja: ['製作', '加工', '製造', '試作', '作って', '作れる', '委託', '組立'],
    // Not "build": a need builds its own plant or facility far more often than it asks for a builder.
    en: ['manufactur', 'fabricat', 'machin', 'make', 'assembl', 'produce'],
  },
  // What is supplied is the need's technology, not a kind of code.
  supplier: {
    roles: ['component-supplier', 'materials-supplier'],
    codes: [],
    ja: ['調達', '購入', '供給', '納入', '仕入', '買い', '売って'],
    en: ['supplier', 'supply', 'supplies', 'purchas', 'buy', 'procur', 'vendor'],
  },
  research: {
    roles: ['research'],
    // No codes: research partners work on every topic, which the need's text names; a "basic research"
    // code would rank every university above the one working on that topic (tuning set: 0.522 → 0.553).
    codes: [],
    ja: ['共同研究', '共同開発', '研究機関', '大学', '照射試験', '評価試験', '実験施設'],
    en: ['research', 'joint development', 'collaborat', 'university', 'irradiat'],
  },
  // Having something tested or inspected: public test centres, laboratories, inspection services.
  testing: {
    roles: ['research', 'services'],
    codes: ['RES.test-facilities', 'MAT.ndt'],
    ja: ['検査', '依頼試験', '試験を依頼', '試験設備', '試験装置', '測定', '分析', '調べ'],
    en: ['test equipment', 'testing', 'tests', 'inspect', 'check', 'measur', 'analys'],
  },
  // People: courses, staff, hiring. Universities and colleges train; support bodies run the courses.
  training: {
    roles: ['research', 'services', 'public'],
    codes: ['SVC.training'],
    ja: ['研修', '人材', '採用', '育成', '講習', '教育', '技能', '資格'],
    en: ['training', 'train ', 'course', 'skills', 'staff', 'hire', 'hiring', 'recruit', 'apprentice'],
  },
  // Moving heavy or special goods: trading and engineering houses arrange it.
  transport: {
    roles: ['services'],
    codes: ['SVC.trading', 'EPC.heavy-transport', 'EPC.logistics'],
    ja: ['輸送', '運搬', '運送', '運ぶ', '運び', '物流', '搬入', '輸入', '通関'],
    en: ['transport', 'shipping', 'ship ', 'logistic', 'freight', 'import', 'customs', 'haul'],
  },
};

export const PARTNER_KINDS = Object.keys(KINDS) as PartnerKind[];

const CUES = PARTNER_KINDS.map((kind) => ({
  kind,
  ja: KINDS[kind].ja.map(normalizeText),
  en: new RegExp(`\\b(?:${KINDS[kind].en.map(escapeRegExp).join('|')})`, 'gu'),
}));

/**
 * A kind is kept when its cues weigh at least this share of the strongest kind's: a need for a workshop
 * that mentions assembling in passing asks for premises, not for a manufacturer.
 */
export const KIND_SHARE = 0.5;
/** A cue in the title counts this many times: a title names what is sought. */
const TITLE_WEIGHT = 2;

/**
 * What the poster already has is not what it seeks: a cue just after a possessive ("our new office",
 * 自社の工場) describes the poster, not the partner ("we are opening our office and need staff").
 */
const OWN_EN = /\b(?:our|my)\s+(?:[\p{L}-]+\s+)?$/u;
const OWN_JA = /(?:自社|弊社|当社|私たち|我々|自前)の[^\s、。]{0,4}$/u;
const OWN_WINDOW = 24;

/**
 * 借りる and 貸す take money as readily as rooms: 「お金を借りたい」「低い金利で借りられる」 ask for a lender,
 * not for premises. Such a cue right after a word of money is no premises cue (the finance cues count it);
 * a fee (月額料金で, 敷金) is what premises cost, so 料金 and the like are no such word.
 */
const MONEY_BEFORE = /(?:お金|資金|融資|ローン|費用|金利)[をでがは]?$/u;
const MONEY_WINDOW = 6;
const LENDING_CUES = new Set(['借り', '貸し']);

function cueCount(cue: (typeof CUES)[number], text: string): number {
  let n = 0;
  const before = (at: number, window: number) => text.slice(Math.max(0, at - window), at);
  const own = (at: number, pattern: RegExp) => pattern.test(before(at, OWN_WINDOW));
  for (const m of text.matchAll(cue.en)) if (!own(m.index, OWN_EN)) n++;
  for (const word of cue.ja) {
    const lending = cue.kind === 'premises' && LENDING_CUES.has(word);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (own(at, OWN_JA) || (lending && MONEY_BEFORE.test(before(at, MONEY_WINDOW)))) continue;
      n++;
    }
  }
  return n;
}

/**
 * The kinds of partner a need's text asks for, in PARTNER_KINDS order; [] when no cue is found. Each kind
 * weighs its cue occurrences (in `titles` TITLE_WEIGHT times); kinds under KIND_SHARE of the strongest drop.
 */
export function inferPartnerKinds(
  texts: ReadonlyArray<string | undefined>,
  titles: ReadonlyArray<string | undefined> = [],
): PartnerKind[] {
  const flat = (xs: ReadonlyArray<string | undefined>) =>
    normalizeText(xs.filter(Boolean).join('\n')).toLowerCase();
  const body = flat(texts);
  const title = flat(titles);
  const weights = CUES.map((c) => cueCount(c, body) + TITLE_WEIGHT * cueCount(c, title));
  const max = Math.max(0, ...weights);
  if (max === 0) return [];
  return CUES.filter((_, i) => weights[i]! >= KIND_SHARE * max).map((c) => c.kind);
}

/** The directory roles that serve these kinds, without repeats. */
export function rolesOfKinds(kinds: readonly PartnerKind[]): string[] {
  return [...new Set(kinds.flatMap((k) => KINDS[k].roles))];
}

/**
 * The taxonomy codes (data/clusters) an organisation serving each kind picks, one group per kind that has
 * any: a lay need carries no code, but "land" is what a site developer and a local government list, and
 * "funding" what a lender lists. A record answers a kind through any code of its group (engine.ts).
 */
export function codesOfKinds(kinds: readonly PartnerKind[]): string[][] {
  return kinds.map((k) => KINDS[k].codes).filter((codes) => codes.length > 0);
}

/**
 * Kinds whose partners serve any trade (land, permits, money, staff, transport): an organisation playing
 * their roles answers such a need without speaking the field's language (engine.ts, field evidence).
 */
const FIELD_NEUTRAL: ReadonlySet<PartnerKind> = new Set([
  'premises',
  'public-support',
  'finance',
  'training',
  'transport',
]);

/** Whether partners of this kind serve any trade (FIELD_NEUTRAL). */
export const isFieldNeutral = (kind: PartnerKind) => FIELD_NEUTRAL.has(kind);

/** The roles of the field-neutral kinds among these, without repeats. */
export function fieldNeutralRoles(kinds: readonly PartnerKind[]): string[] {
  return rolesOfKinds(kinds.filter((k) => FIELD_NEUTRAL.has(k)));
}

/**
 * Words that name the partner itself rather than what it should know (a university, an authority, a
 * supplier, a company): a need's "大学や研究所と" or "which authority do we ask" says who, and matching it as
 * text would rank every university or office above the one that works on the need's topic. The kind and
 * its role carry them instead (engine.ts lowers their weight). Words of the request itself (land, office,
 * funding, testing) are not here: a record offering premises or money says them too.
 */
const WHO = {
  ja: [
    '大学',
    '研究所',
    '研究機関',
    '自治体',
    '行政',
    '窓口',
    '供給元',
    '業者',
    'メーカー',
    '会社',
    '企業',
    '相手',
    'パートナー',
    'どこに',
    '誰に',
  ],
  en: [
    'universit',
    'institut',
    'authorit',
    'regulator',
    'government',
    'supplier',
    'vendor',
    'compan',
    'firm',
    'partner',
    'organi',
    'someone',
    'who',
    'whom',
  ],
};
const WHO_JA = WHO.ja.map(normalizeText);
const WHO_EN = new RegExp(`\\b(?:${WHO.en.map(escapeRegExp).join('|')})\\p{L}*`, 'gu');

/** The words of a need's text that name the partner sought (see WHO), lower-cased, English to the word's end. */
export function partnerKindCues(
  texts: ReadonlyArray<string | undefined>,
  titles: ReadonlyArray<string | undefined> = [],
): string[] {
  const text = normalizeText([...texts, ...titles].filter(Boolean).join('\n')).toLowerCase();
  const out = new Set<string>();
  for (const m of text.matchAll(WHO_EN)) out.add(m[0]);
  for (const word of WHO_JA) if (text.includes(word)) out.add(word);
  return [...out];
}
