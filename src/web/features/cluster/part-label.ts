import { sitePlanAnswers } from '../../../core/cluster/indicators.ts';
import { organizationKinds, supplyChainRoles } from '../../../core/directory/vocabulary.ts';
import { eventKinds } from '../../../core/events/vocabulary.ts';
import { leaseStatuses } from '../../../core/incubation/vocabulary.ts';
import type { Label } from '../../../core/label.ts';
import { introductionStates, needCategories, seedCategories } from '../../../core/matching/workflow.ts';
import { activityKinds } from '../../../core/partnerships/vocabulary.ts';
import { isTrainingLevel, levelName } from '../../../core/talent/levels.ts';
import type { LocalizedText } from '../../lib/api-types.ts';
import type { MessageKey } from '../../lib/i18n-catalog.ts';

/** What naming a breakdown key needs: the page's `t` and `pick`, and the desk's topics where they are needed. */
export type PartLabelContext = {
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  pick: (text: LocalizedText) => string;
  /** The desk's topics (useDeskTopics), for the desk indicators; absent elsewhere or while they load. */
  topics?: readonly { code: string; label: LocalizedText }[];
};

type Lookup = (part: string, c: PartLabelContext) => string | undefined;

/** The workforce projection's inputs, as the workforce gap's records name them (their table). */
const workforceInputs: Record<string, Label> = {
  facility_staffing: { ja: '施設の必要人員表', en: 'Facility staffing table' },
  planned_facilities: { ja: '計画中の施設', en: 'Planned facility' },
  training_programmes: { ja: '研修プログラム', en: 'Training programme' },
  training_cohorts: { ja: '研修の開講回', en: 'Training cohort' },
  job_openings: { ja: '求人', en: 'Job opening' },
  tenant_hiring_plans: { ja: '入居企業の採用計画', en: 'Tenant hiring plan' },
};

const oneOf = <T extends string>(list: readonly T[], part: string): part is T =>
  (list as readonly string[]).includes(part);

const vocabulary =
  (labels: Record<string, Label>): Lookup =>
  (part, c) =>
    Object.hasOwn(labels, part) ? c.pick(labels[part]!) : undefined;

const leaseStatus = vocabulary(leaseStatuses);
/** A programme's or opening's level, as the talent pages' level badge names it. */
const level: Lookup = (part, c) => {
  const n = Number(part);
  return String(n) === part && isTrainingLevel(n) ? c.pick(levelName(n)) : undefined;
};
/** A planned facility's cluster phase, as the dashboard names a phase elsewhere. */
const phase: Lookup = (part, c) => (/^[1-9]\d*$/.test(part) ? c.t('cluPhaseN', { phase: part }) : undefined);
const deskTopic: Lookup = (part, c) => {
  const topic = c.topics?.find((x) => x.code === part);
  return topic && c.pick(topic.label);
};
const eventKind: Lookup = (part, c) => (oneOf(eventKinds, part) ? c.t(`eventsKind_${part}`) : undefined);

/** What each indicator's records are broken down by (modules/cluster/indicators.queries.ts, `part`). */
const byIndicator: Record<string, Lookup> = {
  members: vocabulary(organizationKinds),
  'organizations-in-region': vocabulary(supplyChainRoles),
  'needs-posted': vocabulary(needCategories),
  'seeds-posted': vocabulary(seedCategories),
  introductions: vocabulary(introductionStates),
  'members-planning-site': vocabulary(sitePlanAnswers),
  'facilities-committed': phase,
  tenants: leaseStatus,
  occupancy: leaseStatus,
  trainees: level,
  completions: level,
  'open-positions': level,
  'workforce-gap': vocabulary(workforceInputs),
  consultations: deskTopic,
  'time-to-answer': deskTopic,
  'events-held': eventKind,
  attendance: eventKind,
  'agreement-activities': (part, c) => (oneOf(activityKinds, part) ? c.t(`ptnActivity_${part}`) : undefined),
};

/** Any closed vocabulary's word for a key an indicator's own lookup does not know. */
const shared = vocabulary({
  ...supplyChainRoles,
  ...organizationKinds,
  ...introductionStates,
  ...workforceInputs,
});

/** The indicators whose parts are desk topics: only their pages fetch the topics. */
export const needsDeskTopics = (indicator: string) => byIndicator[indicator] === deskTopic;

/**
 * A breakdown key of an indicator's records in words: its indicator's vocabulary, else any shared one, else
 * the key as it is.
 */
export function partLabel(indicator: string, part: string, c: PartLabelContext): string {
  const own = Object.hasOwn(byIndicator, indicator) ? byIndicator[indicator]!(part, c) : undefined;
  return own ?? shared(part, c) ?? part;
}
