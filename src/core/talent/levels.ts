import type { Label } from '../label.ts';

/**
 * The apprenticeship level ladder (England's levels 2–7, as OAS uses them) with the Japanese qualification each
 * is roughly equivalent to. Source: seed 000 (OAS table, footnote 2: レベル2 は GCSE、レベル3 は A レベル、4～7 は
 * 学士2年以上、6～7 は学士号・修士号相当) and the desk notes' level table. The Japanese column is a reading aid
 * for a Japanese employer, not an official equivalence: Japan has no national apprenticeship level framework.
 */
export const trainingLevels = [2, 3, 4, 5, 6, 7] as const;
export type TrainingLevel = (typeof trainingLevels)[number];

type LevelRow = { name: Label; uk: Label; japan: Label };

const table: Record<TrainingLevel, LevelRow> = {
  2: {
    name: { ja: '中級（Intermediate）', en: 'Intermediate' },
    uk: { ja: 'GCSE（義務教育修了資格）相当', en: 'GCSE (5 good passes)' },
    japan: {
      ja: '高等学校在学程度・技能検定3級程度',
      en: 'about upper-secondary school; skills test grade 3',
    },
  },
  3: {
    name: { ja: '上級（Advanced）', en: 'Advanced' },
    uk: { ja: 'A レベル（大学入学資格）相当', en: 'A level (2 passes)' },
    japan: { ja: '高等学校卒業・技能検定2級程度', en: 'upper-secondary graduation; skills test grade 2' },
  },
  4: {
    name: { ja: '高等（Higher）', en: 'Higher' },
    uk: { ja: '高等教育の資格証明（HNC）相当', en: 'HE certificate (HNC)' },
    japan: { ja: '短期大学・高専4年次程度', en: 'junior college; KOSEN year 4' },
  },
  5: {
    name: { ja: '高等（Higher）', en: 'Higher' },
    uk: { ja: '高等教育の修了証・ファウンデーション学位相当', en: 'HE diploma, foundation degree (HND)' },
    japan: { ja: '高専卒業（準学士）・短期大学士', en: 'KOSEN graduation (associate degree)' },
  },
  6: {
    name: { ja: '学位（Degree）', en: 'Degree' },
    uk: { ja: '学士号相当', en: "Bachelor's degree" },
    japan: { ja: '学士（大学卒業）', en: "bachelor's (university)" },
  },
  7: {
    name: { ja: '学位（Degree）', en: 'Degree' },
    uk: { ja: '修士号相当', en: "Master's degree" },
    japan: { ja: '修士（大学院修了）', en: "master's (graduate school)" },
  },
};

export const isTrainingLevel = (n: number): n is TrainingLevel =>
  (trainingLevels as readonly number[]).includes(n);

/** The level's name, its UK equivalent and the Japanese equivalent shown beside it. */
export function levelInfo(level: TrainingLevel): LevelRow & { level: TrainingLevel } {
  return { level, ...table[level] };
}

/** The level and its name, as the talent pages' level badge starts: "レベル3 上級（Advanced）", "Level 3 Advanced". */
export function levelName(level: TrainingLevel): Label {
  const row = table[level];
  return { ja: `レベル${level} ${row.name.ja}`, en: `Level ${level} ${row.name.en}` };
}

/** One line for a list: "レベル3 上級 — 高等学校卒業・技能検定2級程度". */
export function levelLabel(level: TrainingLevel): Label {
  const row = table[level];
  const name = levelName(level);
  return { ja: `${name.ja} — ${row.japan.ja}`, en: `${name.en} — Japan: ${row.japan.en}` };
}
