import type { Answers, SurveyDefinition } from './types.ts';

const importance = [
  { key: 'important', label: { ja: '重要', en: 'Important' }, score: 4 },
  { key: 'somewhat', label: { ja: 'やや重要', en: 'Somewhat important' }, score: 3 },
  { key: 'not', label: { ja: '重要でない', en: 'Not important' }, score: 1 },
  { key: 'dk', label: { ja: 'わからない', en: "Don't know" } },
];

/** A five-respondent survey small enough to count by hand; the expected figures are in the tests. */
export const siteSurvey: SurveyDefinition = {
  questions: [
    {
      key: 'q-kind',
      type: 'single',
      label: { ja: '種別', en: 'Kind' },
      choices: [
        { key: 'company', label: { en: 'Company' } },
        { key: 'startup', label: { en: 'Startup' } },
        { key: 'university', label: { en: 'University' } },
      ],
    },
    {
      key: 'q-plan',
      type: 'single',
      required: true,
      label: { ja: '新拠点の計画', en: 'New site plan' },
      choices: [
        { key: 'plan', label: { ja: '計画あり', en: 'Planned' } },
        { key: 'possible', label: { ja: '可能性あり', en: 'Possible' } },
        { key: 'none', label: { ja: 'なし', en: 'None' } },
      ],
    },
    {
      key: 'q-facility',
      type: 'multiple',
      required: true,
      label: { ja: '施設の種類', en: 'Facility types' },
      showIf: { question: 'q-plan', anyOf: ['plan', 'possible'] },
      choices: [
        { key: 'reactor', label: { en: 'Reactor' } },
        { key: 'factory', label: { en: 'Factory' } },
        { key: 'office', label: { en: 'Office' } },
      ],
    },
    { key: 'q-size', type: 'number', label: { en: 'Staff' }, min: 0, max: 1000, integer: true },
    { key: 'q-open', type: 'date', label: { en: 'Opening' } },
    {
      key: 'q-importance',
      type: 'matrix',
      label: { ja: '立地条件の重要度', en: 'Importance of siting conditions' },
      showIf: { question: 'q-plan', anyOf: ['plan', 'possible'] },
      items: [
        { key: 'engineers', label: { en: 'Engineers' }, attributes: ['engineersWithin60Min'] },
        {
          key: 'power',
          label: { en: 'Power and water' },
          attributes: ['ehvSupplyKv', 'industrialWaterM3PerDay'],
        },
        { key: 'residents', label: { en: 'Agreement with residents' } },
      ],
      choices: importance,
    },
    { key: 'q-comment', type: 'text', label: { en: 'Comments' }, maxLength: 200 },
  ],
};

export const siteAnswers: Answers[] = [
  {
    'q-kind': 'company',
    'q-plan': 'plan',
    'q-facility': ['reactor'],
    'q-size': 40,
    'q-importance': { engineers: 'important', power: 'important', residents: 'somewhat' },
    'q-comment': '超伝導の人材が必要',
  },
  {
    'q-kind': 'company',
    'q-plan': 'possible',
    'q-facility': ['factory', 'office'],
    'q-size': 10,
    'q-importance': { engineers: 'important', power: 'somewhat', residents: 'dk' },
  },
  { 'q-kind': 'startup', 'q-plan': 'none', 'q-size': 5 },
  {
    'q-kind': 'university',
    'q-plan': 'plan',
    'q-facility': ['reactor', 'factory'],
    'q-importance': { engineers: 'somewhat', power: 'important', residents: 'important' },
    'q-comment': '人材と電力の確保',
  },
  { 'q-kind': 'company', 'q-plan': 'none', 'q-open': '2031-04-01' },
];
