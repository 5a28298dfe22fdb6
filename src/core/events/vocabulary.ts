// The kinds of exchange event (issue 17) and who may see one; shared by the database checks, the API and the pages.
export const eventKinds = [
  'alliance-meeting',
  'lunch-meeting',
  'seminar',
  'open-factory',
  'job-fair',
  'brokerage',
  'residents-briefing',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventAudiences = ['public', 'members', 'invited'] as const;
export type EventAudience = (typeof eventAudiences)[number];
