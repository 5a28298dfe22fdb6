/** The closed vocabularies of agreements, their activities and bulletins (issue 17). */
export const agreementKinds = ['memorandum', 'joint-statement', 'partnership', 'regional-agreement'] as const;
export const agreementStatuses = ['draft', 'active', 'expired', 'terminated'] as const;
export const activityKinds = [
  'mission',
  'joint-workshop',
  'staff-exchange',
  'joint-project',
  'bulletin',
] as const;
export const bulletinKinds = [
  'regulation-news',
  'market-news',
  'success-case',
  'call-for-proposals',
] as const;
export const bulletinAudiences = ['public', 'members', 'partners'] as const;

export type AgreementKind = (typeof agreementKinds)[number];
export type AgreementStatus = (typeof agreementStatuses)[number];
export type ActivityKind = (typeof activityKinds)[number];
export type BulletinKind = (typeof bulletinKinds)[number];
export type BulletinAudience = (typeof bulletinAudiences)[number];

/**
 * A bulletin's tags are technology codes (`MAG.hts`) and agreement areas, written `area:<agreement>/<area>`
 * so the two can never collide (technology codes carry no colon).
 */
export const areaTag = (agreementKey: string, areaKey: string) => `area:${agreementKey}/${areaKey}`;
export const tagPattern =
  /^(?:area:[a-z0-9-]{1,100}\/[a-z0-9-]{1,100}|[A-Z]{2,4}(?:\.[a-z0-9-]{1,60}){0,3})$/;
