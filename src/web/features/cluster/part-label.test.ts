import { describe, expect, it } from 'vitest';
import { pickText } from '../../lib/i18n.tsx';
import { type Lang, translate } from '../../lib/i18n-catalog.ts';
import './cluster-messages.ts';
import { needsDeskTopics, partLabel } from './part-label.ts';

/** Two of the desk's topics as GET /desk/topics serves them (migration 0016's wording). */
const topics = [
  { code: 'funding', label: { ja: '資金・補助金', en: 'Funding and subsidies' } },
  { code: 'other', label: { ja: 'その他', en: 'Other' } },
];

const label = (indicator: string, part: string, lang: Lang) =>
  partLabel(indicator, part, {
    t: (key, vars) => translate(lang, key, vars),
    pick: (text) => pickText(text, lang),
    topics,
  });

describe("an indicator's breakdown keys in words", () => {
  it.each([
    // Already named before: organisation kind, supply-chain role, introduction state, workforce input.
    ['members', 'startup', 'ja', 'スタートアップ'],
    ['organizations-in-region', 'component-supplier', 'en', 'Component supplier'],
    ['introductions', 'nda', 'ja', 'NDA締結'],
    ['workforce-gap', 'job_openings', 'en', 'Job opening'],
    // A post's category: the need's and the seed's own words for the same key.
    ['needs-posted', 'test-facility', 'ja', '試験設備'],
    ['seeds-posted', 'capacity', 'en', 'Spare capacity'],
    // A lease's status at the as-of moment.
    ['tenants', 'ending', 'ja', '退去予定'],
    ['occupancy', 'active', 'en', 'Active'],
    // An event's kind (the events pages' words).
    ['events-held', 'residents-briefing', 'ja', '住民説明会'],
    ['attendance', 'job-fair', 'en', 'Job fair'],
    // An agreement activity's kind (the activity, not the agreement).
    ['agreement-activities', 'staff-exchange', 'ja', '人材交流'],
    ['agreement-activities', 'joint-workshop', 'en', 'Joint workshop'],
    // A desk topic, by the topics the desk serves.
    ['consultations', 'funding', 'ja', '資金・補助金'],
    ['time-to-answer', 'other', 'en', 'Other'],
    // A training or job level, as the talent pages' badge names it.
    ['trainees', '3', 'ja', 'レベル3 上級（Advanced）'],
    ['completions', '6', 'en', 'Level 6 Degree'],
    ['open-positions', '2', 'en', 'Level 2 Intermediate'],
    // A planned facility's cluster phase.
    ['facilities-committed', '2', 'ja', 'フェーズ 2'],
    ['facilities-committed', '3', 'en', 'phase 3'],
    // An answer to the siting survey's question ①, in the template's words.
    ['members-planning-site', 'possibility', 'ja', '可能性あり'],
    ['members-planning-site', 'dont-know', 'en', "Don't know / can't say"],
    // Unknown keys stay as they are: no vocabulary, a level outside the ladder, a topic not served.
    ['needs-posted', 'mystery-category', 'en', 'mystery-category'],
    ['trainees', '9', 'ja', '9'],
    ['consultations', 'gone-topic', 'ja', 'gone-topic'],
    ['events-held', 'constructor', 'en', 'constructor'],
    // An indicator without its own vocabulary falls back to the shared ones.
    ['placements', 'university', 'en', 'University'],
  ] as const)('%s: %s in %s is %s', (indicator, part, lang, expected) => {
    expect(label(indicator, part, lang)).toBe(expected);
  });

  it("reads a key by its indicator's vocabulary first", () => {
    // `public` is a supply-chain role and a visibility; `technology` a need and a seed category and a desk topic.
    expect(label('organizations-in-region', 'public', 'en')).toBe('Public body');
    expect(label('needs-posted', 'technology', 'ja')).toBe('技術');
  });

  it('shows a desk topic as its key only until the topics are known', () => {
    const t = (key: Parameters<typeof translate>[1]) => translate('en', key);
    const pick = (text: { ja?: string; en?: string }) => pickText(text, 'en');
    expect(partLabel('consultations', 'funding', { t, pick })).toBe('funding');
    expect(partLabel('consultations', 'funding', { t, pick, topics })).toBe('Funding and subsidies');
  });

  it('asks for the desk topics only for the desk indicators', () => {
    expect(['consultations', 'time-to-answer', 'members', 'events-held'].filter(needsDeskTopics)).toEqual([
      'consultations',
      'time-to-answer',
    ]);
  });
});
