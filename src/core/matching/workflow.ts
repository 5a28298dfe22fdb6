// Post categories, visibility and the introduction workflow: closed vocabularies shared by server and web.

export type Label = { ja: string; en: string };

export const needCategories = {
  supplier: { ja: '調達先', en: 'Supplier' },
  partner: { ja: '共同開発・提携先', en: 'Partner' },
  technology: { ja: '技術', en: 'Technology' },
  'test-facility': { ja: '試験設備', en: 'Test facility' },
} as const satisfies Record<string, Label>;

export const seedCategories = {
  technology: { ja: '技術', en: 'Technology' },
  product: { ja: '製品', en: 'Product' },
  capability: { ja: '対応力・サービス', en: 'Capability' },
  capacity: { ja: '空き能力', en: 'Spare capacity' },
} as const satisfies Record<string, Label>;

export const postVisibilities = {
  public: { ja: '公開', en: 'Public' },
  members: { ja: '会員限定', en: 'Members only' },
  anonymous: { ja: '匿名', en: 'Anonymous' },
} as const satisfies Record<string, Label>;

export const introductionStates = {
  requested: { ja: '依頼中', en: 'Requested' },
  accepted: { ja: '承諾', en: 'Accepted' },
  declined: { ja: '辞退', en: 'Declined' },
  meeting: { ja: '面談済み', en: 'Meeting held' },
  nda: { ja: 'NDA締結', en: 'NDA signed' },
  poc: { ja: 'PoC実施', en: 'Proof of concept' },
  contract: { ja: '契約', en: 'Contract' },
  closed: { ja: '終了', en: 'Closed' },
  expired: { ja: '期限切れ', en: 'Expired' },
} as const satisfies Record<string, Label>;

export type NeedCategory = keyof typeof needCategories;
export type SeedCategory = keyof typeof seedCategories;
export type PostVisibility = keyof typeof postVisibilities;
export type IntroductionState = keyof typeof introductionStates;

export const needCategoryCodes = Object.keys(needCategories) as [NeedCategory, ...NeedCategory[]];
export const seedCategoryCodes = Object.keys(seedCategories) as [SeedCategory, ...SeedCategory[]];
export const postVisibilityCodes = Object.keys(postVisibilities) as [PostVisibility, ...PostVisibility[]];
export const introductionStateCodes = Object.keys(introductionStates) as [
  IntroductionState,
  ...IntroductionState[],
];

/**
 * The allowed moves. Only the other side (the owner of what was asked for) accepts or declines; after that
 * either side records progress; either side, or the coordinator, may close at any point before the end;
 * the system expires a request nobody answered.
 */
export const transitions: Record<IntroductionState, readonly IntroductionState[]> = {
  requested: ['accepted', 'declined', 'closed', 'expired'],
  accepted: ['meeting', 'closed'],
  meeting: ['nda', 'poc', 'contract', 'closed'],
  nda: ['poc', 'contract', 'closed'],
  poc: ['contract', 'closed'],
  declined: [],
  contract: [],
  closed: [],
  expired: [],
};

export function canTransition(from: IntroductionState, to: IntroductionState): boolean {
  return transitions[from].includes(to);
}

/**
 * States with a move left to make: an introduction in one of them is open, and a pair (post, target) may have
 * only one open at a time (a partial unique index, migration 0006, enforces it).
 */
export const openIntroductionStates = (Object.keys(transitions) as IntroductionState[]).filter(
  (s) => transitions[s].length > 0,
);

/**
 * An anonymous owner is revealed to the requesting organisation when it accepts; the reveal then lasts, through
 * closing too (what the other side was told cannot be taken back). `revealedStates` are the states of an
 * introduction that is still running after acceptance.
 */
export const revealingState: IntroductionState = 'accepted';

/** States in which both sides know each other and the introduction runs. */
export const revealedStates: ReadonlySet<IntroductionState> = new Set([
  'accepted',
  'meeting',
  'nda',
  'poc',
  'contract',
]);

/** The funnel the coordinator's board counts: each step includes those that went further. */
export const funnel = ['requested', 'accepted', 'meeting', 'contract'] as const;
const reached: Record<IntroductionState, number> = {
  requested: 0,
  declined: 0,
  expired: 0,
  closed: 0,
  accepted: 1,
  meeting: 2,
  nda: 2,
  poc: 2,
  contract: 3,
};
/** How far down the funnel a state is (0 requested … 3 contract); `closed` counts the furthest state passed. */
export function funnelStep(state: IntroductionState): number {
  return reached[state];
}
