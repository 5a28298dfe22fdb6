import type { Db } from '../../db/client.ts';
import type { RubricCriterion } from '../../db/schema/incubation-calls.ts';
import { callIdByKey, insertCall, unitsByKey } from './calls.queries.ts';

// The demo's public call: an invented (illustrative) tenancy call for the illustrative Mutsu-Ogawara
// Venture Factory units of the demo bundle, modelled on the Gifu Technoplaza pattern of a public call and
// screening before entry. Nothing here is a real call.

const anchors = [
  { ja: '不十分', en: 'Inadequate' },
  { ja: 'やや不十分', en: 'Weak' },
  { ja: '標準的', en: 'Adequate' },
  { ja: '優れている', en: 'Good' },
  { ja: '特に優れている', en: 'Excellent' },
];

const rubric: RubricCriterion[] = [
  {
    key: 'plan',
    label: { ja: '事業計画の実現性', en: 'Feasibility of the business plan' },
    weight: 40,
    anchors,
  },
  { key: 'technology', label: { ja: '技術の新規性', en: 'Novelty of the technology' }, weight: 30, anchors },
  {
    key: 'region',
    label: { ja: '地域産業への波及', en: 'Benefit to regional industry' },
    weight: 30,
    anchors,
  },
];

export const demoCallKey = 'mo-vf-call-2027';

/** Adds the demo call once (by key); the units must be in the database already (the demo bundle). */
export async function loadDemoCall(db: Db) {
  if (await callIdByKey(db, demoCallKey)) return;
  const units = await unitsByKey(db, ['mo-vf-a', 'mo-vf-b', 'mo-vf-c']);
  if (!units.length) return;
  await insertCall(db, {
    key: demoCallKey,
    kind: 'tenancy',
    title: {
      ja: 'むつ小川原ベンチャーファクトリー 入居者募集 2027（例示）',
      en: 'Mutsu-Ogawara Venture Factory: call for tenants 2027 (illustrative)',
    },
    eligibility: {
      ja: '核融合関連の製造・試験を行う中小企業・スタートアップ。入居期間は最長5年。',
      en: 'SMEs and start-ups manufacturing or testing for fusion. Tenancy for at most five years.',
    },
    opensAt: new Date('2026-12-01T00:00:00+09:00'),
    closesAt: new Date('2027-12-28T17:00:00+09:00'),
    unitIds: units.map((u) => u.id),
    form: {
      questions: [
        {
          key: 'business',
          type: 'text',
          label: { ja: '事業内容と入居後の計画', en: 'Business and plans once in the factory' },
          required: true,
        },
        {
          key: 'staff',
          type: 'number',
          label: { ja: '従業員数', en: 'Number of staff' },
          min: 0,
          integer: true,
        },
        {
          key: 'ehv',
          type: 'single',
          label: { ja: '特別高圧受電の必要', en: 'Extra-high-voltage supply needed' },
          choices: [
            { key: 'yes', label: { ja: '必要', en: 'Needed' } },
            { key: 'no', label: { ja: '不要', en: 'Not needed' } },
          ],
        },
      ],
    },
    rubric,
    disagreementThreshold: 1,
    illustrative: true,
  });
}
