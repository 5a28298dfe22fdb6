import { describe, expect, it } from 'vitest';
import { crossTab, frequentTerms, summarize } from './aggregate.ts';
import { SurveyError } from './errors.ts';
import { siteAnswers, siteSurvey } from './fixture.ts';
import { breakingChanges, checkAnswers, checkDefinition, visibleQuestions } from './rules.ts';
import { remindersDue } from './schedule.ts';
import type { SurveyDefinition } from './types.ts';
import { criteriaFromWeights, surveyWeights } from './weights.ts';

// Every expectation below is counted by hand from the five respondents in fixture.ts.
const summary = (key: string, base: 'answered' | 'respondents' = 'answered') =>
  summarize(siteSurvey, siteAnswers, base).find((s) => s.key === key);

describe('summarize', () => {
  it('counts single choices over all five respondents', () => {
    const s = summary('q-plan');
    expect(s?.base).toEqual({ respondents: 5, shown: 5, answered: 5, used: 'answered' });
    expect(s?.type === 'single' && s.counts.map((c) => [c.key, c.count, c.share])).toEqual([
      ['plan', 2, 0.4],
      ['possible', 1, 0.2],
      ['none', 2, 0.4],
    ]);
  });

  it.each([
    { base: 'answered' as const, shares: [2 / 3, 2 / 3, 1 / 3] },
    { base: 'respondents' as const, shares: [2 / 5, 2 / 5, 1 / 5] },
  ])('states the base of a conditional multiple choice: $base', ({ base, shares }) => {
    const s = summary('q-facility', base);
    expect(s?.base).toMatchObject({ respondents: 5, shown: 3, answered: 3, used: base });
    expect(s?.type === 'multiple' && s.counts.map((c) => c.count)).toEqual([2, 2, 1]);
    expect(s?.type === 'multiple' && s.counts.map((c) => c.share)).toEqual(shares);
  });

  it('gives a matrix item its counts and a mean that leaves "don\'t know" out', () => {
    const s = summary('q-importance');
    if (s?.type !== 'matrix') throw new Error('expected a matrix');
    const [engineers, power, residents] = s.items;
    expect(engineers?.counts.map((c) => c.count)).toEqual([2, 1, 0, 0]);
    expect(engineers?.mean).toBeCloseTo(11 / 3, 12);
    expect(power?.mean).toBeCloseTo(11 / 3, 12);
    expect(residents?.counts.map((c) => c.count)).toEqual([1, 1, 0, 1]);
    expect(residents?.mean).toBe(3.5);
  });

  it('summarises numbers, dates and free text', () => {
    expect(summary('q-size')).toMatchObject({ mean: 55 / 3, median: 10, min: 5, max: 40 });
    expect(summary('q-open')).toMatchObject({ earliest: '2031-04-01', latest: '2031-04-01' });
    const text = summary('q-comment');
    expect(text?.type === 'text' && text.terms[0]).toEqual({ term: '人材', count: 2 });
  });
});

describe('frequentTerms', () => {
  it('counts a term once per answer, Japanese words whole and English words normalised', () => {
    const terms = frequentTerms([
      '安全規制の整備が必要です',
      '安全性の周知と安全規制',
      'HTS tape supply, HTS magnets',
    ]);
    expect(terms.slice(0, 2)).toEqual([
      { term: '安全規制', count: 2 },
      { term: 'hts', count: 1 },
    ]);
    expect(terms.map((t) => t.term)).toEqual(
      expect.arrayContaining(['整備', '必要', '安全性', '周知', 'tape']),
    );
    expect(terms.some((t) => ['です', '全規', 'の整'].includes(t.term))).toBe(false);
  });
});

describe('crossTab', () => {
  it('splits a matrix item by a single choice', () => {
    const t = crossTab(siteSurvey, siteAnswers, 'q-plan', 'q-importance:engineers');
    expect(t.rows.map((r) => [r.key, r.total, r.cells.map((c) => c.count)])).toEqual([
      ['plan', 2, [1, 1, 0, 0]],
      ['possible', 1, [1, 0, 0, 0]],
      ['none', 0, [0, 0, 0, 0]],
    ]);
    expect(t.suppressed).toBe(false);
  });

  it('counts a respondent in each row of a multiple choice', () => {
    const t = crossTab(siteSurvey, siteAnswers, 'q-facility', 'q-kind');
    expect(t.rows.map((r) => [r.key, r.cells.map((c) => c.count)])).toEqual([
      ['reactor', [1, 0, 1]],
      ['factory', [1, 0, 1]],
      ['office', [1, 0, 0]],
    ]);
  });

  it('withholds cells below the minimum, and their row totals, so nobody can be singled out', () => {
    const t = crossTab(siteSurvey, siteAnswers, 'q-plan', 'q-importance:engineers', 3);
    expect(t.rows.map((r) => [r.key, r.total, r.cells.map((c) => c.count)])).toEqual([
      ['plan', null, [null, null, 0, 0]],
      ['possible', null, [null, 0, 0, 0]],
      ['none', 0, [0, 0, 0, 0]],
    ]);
    expect(t.suppressed).toBe(true);
  });

  it.each([
    ['q-size', 'q-kind', 'row'],
    ['q-kind', 'q-comment', 'column'],
    ['q-kind', 'q-importance:nothing', 'column'],
  ])('refuses %s × %s naming the %s', (row, column, path) => {
    expect(() => crossTab(siteSurvey, siteAnswers, row, column)).toThrow(expect.objectContaining({ path }));
    expect(() => crossTab(siteSurvey, siteAnswers, row, column)).toThrow(SurveyError);
  });
});

describe('checkAnswers', () => {
  it.each([
    [{ 'q-plan': 'maybe' }, false, 'answers.q-plan', 'not one of the choices', '選択肢にありません'],
    [{ 'q-plan': 'none', 'q-size': 2000 }, false, 'answers.q-size', 'at most 1000', '1000 以下'],
    [{ 'q-plan': 'none', 'q-size': 3.5 }, false, 'answers.q-size', 'whole number', '整数'],
    [{ 'q-plan': 'none', 'q-open': '2031-13-45' }, false, 'answers.q-open', 'date', '日付'],
    [{}, true, 'answers.q-plan', 'needs an answer', '回答が必要です'],
    [{ 'q-plan': 'plan' }, true, 'answers.q-facility', 'needs an answer', '回答が必要です'],
    [{ 'q-plan': 'plan', 'q-facility': ['reactor', 'reactor'] }, false, 'answers.q-facility', 'twice', '2回'],
    [
      { 'q-plan': 'plan', 'q-importance': { beauty: 'important' } },
      false,
      'answers.q-importance',
      'not an item',
      '「beauty」はこの質問の項目ではありません',
    ],
    [
      { 'q-plan': 'none', 'q-bogus': 1 },
      false,
      'answers.q-bogus',
      'no such question',
      'その質問はありません',
    ],
  ])('refuses %j (submit: %s) at %s', (answers, submit, path, en, ja) => {
    const { issues } = checkAnswers(siteSurvey, answers, submit);
    expect(issues).toContainEqual({
      path,
      message: { en: expect.stringContaining(en), ja: expect.stringContaining(ja) },
    });
  });

  it('accepts a draft with required questions still empty', () => {
    expect(checkAnswers(siteSurvey, { 'q-kind': 'startup' }, false).issues).toEqual([]);
  });

  it('drops answers to questions the branch now hides', () => {
    const { answers, issues } = checkAnswers(
      siteSurvey,
      { 'q-plan': 'none', 'q-facility': ['reactor'] },
      true,
    );
    expect(issues).toEqual([]);
    expect(answers).toEqual({ 'q-plan': 'none' });
    expect([...visibleQuestions(siteSurvey, answers)]).not.toContain('q-facility');
  });
});

describe('checkDefinition', () => {
  const q = (extra: object) => ({ questions: [...siteSurvey.questions, extra] }) as SurveyDefinition;
  it.each([
    [q({ key: 'q-plan', type: 'text', label: {} }), 'questions[7].key'],
    [
      q({ key: 'later', type: 'text', label: {}, showIf: { question: 'q-size', anyOf: ['1'] } }),
      'questions[7].showIf.question',
    ],
    [
      q({ key: 'later', type: 'text', label: {}, showIf: { question: 'q-plan', anyOf: ['soon'] } }),
      'questions[7].showIf.anyOf[0]',
    ],
    [q({ key: 'Bad Key', type: 'text', label: {} }), 'questions[7].key'],
    [q({ key: 'n', type: 'number', label: {}, min: 5, max: 1 }), 'questions[7].max'],
  ])('names the problem at %#', (definition, path) => {
    expect(checkDefinition(definition).map((i) => i.path)).toContain(path);
  });

  it('accepts the fixture', () => {
    expect(checkDefinition(siteSurvey)).toEqual([]);
  });
});

describe('breakingChanges', () => {
  const edit = (key: string, patch: object) =>
    ({
      questions: siteSurvey.questions.map((x) => (x.key === key ? { ...x, ...patch } : x)),
    }) as SurveyDefinition;
  it.each([
    [{ questions: siteSurvey.questions.slice(1) }, 'questions', 'cannot be removed', '削除できません'],
    [edit('q-size', { type: 'text' }), 'questions[3].type', 'number', 'number 形式の回答'],
    [edit('q-size', { max: 500 }), 'questions[3].max', 'lowered', '引き下げられません'],
    [edit('q-kind', { required: true }), 'questions[0].required', 'lack', '欠けている'],
    [
      edit('q-plan', { choices: [{ key: 'plan', label: {} }] }),
      'questions[1].choices',
      '"possible"',
      '選択肢「possible」',
    ],
    [edit('q-facility', { showIf: undefined }), 'questions[2].showIf', 'orphan', '宙に浮きます'],
  ])('refuses a change that breaks answers (%#)', (after, path, en, ja) => {
    expect(breakingChanges(siteSurvey, after)).toContainEqual({
      path,
      message: { en: expect.stringContaining(en), ja: expect.stringContaining(ja) },
    });
  });

  it('allows rewording and new choices', () => {
    const after = edit('q-plan', {
      label: { ja: '新たな拠点', en: 'New site' },
      choices: [...(siteSurvey.questions[1] as { choices: object[] }).choices, { key: 'dk', label: {} }],
    });
    expect(breakingChanges(siteSurvey, after)).toEqual([]);
  });
});

describe('surveyWeights', () => {
  it('weights by mean importance: 11/3, 11/3 and 3.5 normalised', () => {
    const [all] = surveyWeights(siteSurvey, siteAnswers, { matrix: 'q-importance', method: 'mean' });
    expect(all?.base).toBe(3);
    expect(all?.items.map((i) => i.weight)).toEqual(
      [22 / 65, 22 / 65, 21 / 65].map((w) => expect.closeTo(w, 12)),
    );
  });

  it('weights by share answering "important", per facility type', () => {
    const groups = surveyWeights(siteSurvey, siteAnswers, {
      matrix: 'q-importance',
      groupBy: 'q-facility',
      method: 'important',
    });
    expect(groups.map((g) => [g.group, g.base, g.items.map((i) => i.weight)])).toEqual([
      ['reactor', 2, [0.25, 0.5, 0.25]],
      ['factory', 2, [1 / 3, 1 / 3, 1 / 3].map((w) => expect.closeTo(w, 12))],
      ['office', 1, [1, 0, 0]],
    ]);
  });

  it('turns item weights into siting criteria, sharing an item among its attributes', () => {
    const [all] = surveyWeights(siteSurvey, siteAnswers, { matrix: 'q-importance', method: 'important' });
    // important shares 2/3, 2/3, 1/3 → 0.4, 0.4, 0.2; residents has no attribute, so 0.4 / 0.8 each remain.
    const { criteria, unmapped } = criteriaFromWeights(all?.items ?? []);
    expect(criteria).toEqual([
      { attribute: 'engineersWithin60Min', weight: expect.closeTo(0.5, 12), direction: 'benefit' },
      { attribute: 'ehvSupplyKv', weight: expect.closeTo(0.25, 12), direction: 'benefit' },
      { attribute: 'industrialWaterM3PerDay', weight: expect.closeTo(0.25, 12), direction: 'benefit' },
    ]);
    expect(unmapped).toEqual(['residents']);
  });

  it.each([
    [{ matrix: 'q-plan', method: 'mean' as const }, 'matrix'],
    [{ matrix: 'q-importance', groupBy: 'q-size', method: 'mean' as const }, 'groupBy'],
  ])('refuses %j naming %s', (options, path) => {
    expect(() => surveyWeights(siteSurvey, siteAnswers, options)).toThrow(expect.objectContaining({ path }));
  });
});

describe('remindersDue', () => {
  const closes = new Date('2024-11-01T00:00:00Z');
  it.each([
    ['2024-10-20T00:00:00Z', 0],
    ['2024-10-25T00:00:00Z', 1],
    ['2024-10-29T12:00:00Z', 2],
    ['2024-10-31T00:00:00Z', 3],
    ['2024-11-01T00:00:00Z', 0],
  ])('at %s, %i of the 7-, 3- and 1-day reminders are due', (now, due) => {
    expect(remindersDue(closes, [7, 3, 1], new Date(now))).toBe(due);
  });

  it('sends none without a closing date', () => {
    expect(remindersDue(null, [7, 3, 1], new Date())).toBe(0);
  });
});
