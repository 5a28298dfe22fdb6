import { inRegion, japaneseRegions, type RegionMatch, regionScopes } from '../industry-map/index.ts';
import type { Label } from '../label.ts';
import type { SurveyDefinition } from './types.ts';

/**
 * Where a survey can be sent: Tohoku as a whole, each of its six prefectures, all of Japan, or abroad. The
 * prefectures and "Japan" mean what they mean on the industry map (`inRegion`), so a coordinator's target and
 * the map's region filter select the same organisations.
 */
export const surveyRegionKeys = [
  'tohoku',
  ...japaneseRegions.filter((r) => r.group === 'tohoku').map((r) => r.key),
  'japan',
  'abroad',
] as const;

export type SurveyRegionScope = RegionMatch | { kind: 'abroad' };
export type SurveyRegion = { key: string; label: Label; scope: SurveyRegionScope };

const tohokuPrefectures = japaneseRegions.filter((r) => r.group === 'tohoku').flatMap((r) => r.prefectures);

/** The regions a survey can target, in the order the form offers them. */
export const surveyRegions: readonly SurveyRegion[] = [
  {
    key: 'tohoku',
    label: regionScopes.tohoku,
    scope: { kind: 'prefectures', prefectures: tohokuPrefectures },
  },
  ...japaneseRegions
    .filter((r) => r.group === 'tohoku')
    .map((r) => ({
      key: r.key,
      label: r.label,
      scope: { kind: 'prefectures', prefectures: r.prefectures } as SurveyRegionScope,
    })),
  { key: 'japan', label: regionScopes.japan, scope: { kind: 'japan' } },
  { key: 'abroad', label: { ja: '海外', en: 'Abroad' }, scope: { kind: 'abroad' } },
];

export const surveyRegion = (key: string) => surveyRegions.find((r) => r.key === key);

/** Whether a place lies in a survey region; surveys.queries.ts says the same in SQL. */
export function inSurveyRegion(
  key: string,
  country: string | null | undefined,
  prefecture: string | null | undefined,
): boolean {
  const scope = surveyRegion(key)?.scope;
  if (!scope) return false;
  // Abroad: a known country that is not Japan. A place with no country at all is unknown, not abroad.
  if (scope.kind === 'abroad') return !!country && country !== 'JP';
  return inRegion(scope, country, prefecture);
}

/**
 * What a blank survey starts with: one optional free-text question, the smallest questionnaire the rules
 * accept, for the coordinator to reword and add to in the editor.
 */
export const blankDefinition = (): SurveyDefinition => ({
  questions: [
    {
      key: 'q1',
      type: 'text',
      label: { ja: 'ご意見をお聞かせください', en: 'Please tell us your views' },
    },
  ],
});
