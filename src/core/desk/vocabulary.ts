// The desk's codes, shared by the server's schemas and the web pages. Topic labels live in the database
// (coordinators may read them from GET /desk/topics); these are the fixed sets.

export const deskTopicCodes = [
  'technology',
  'ip',
  'funding',
  'siting',
  'permits',
  'talent',
  'export',
  'other',
] as const;
export type DeskTopic = (typeof deskTopicCodes)[number];

export const consultationStatuses = ['new', 'triaged', 'closed'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

export const consultationPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type ConsultationPriority = (typeof consultationPriorities)[number];

/** How a consultation reached the desk: the public form, the app (a member), or staff taking it down. */
export const consultationChannels = ['web', 'app', 'phone', 'visit', 'email'] as const;
export type ConsultationChannel = (typeof consultationChannels)[number];

export const referralStates = ['referred', 'accepted', 'returned'] as const;
export type ReferralState = (typeof referralStates)[number];

export const consultationEventKinds = [
  'opened',
  'triaged',
  'referred',
  'accepted',
  'returned',
  'note',
  'answer',
  'closed',
  'reopened',
  // Aftercare (aftercare.*, flags.*, files.*): a red flag noted, a file added, the follow-up reminder sent.
  'flagged',
  'file',
  'follow-up',
] as const;
export type ConsultationEventKind = (typeof consultationEventKinds)[number];

/** Who reads an event: coordinators only; and the partners it was referred to; and the company too. */
export const eventAudiences = ['staff', 'partners', 'company'] as const;
export type EventAudience = (typeof eventAudiences)[number];
