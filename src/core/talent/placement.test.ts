import { describe, expect, it } from 'vitest';
import { explainFit, fitScore, levelFit, locationTier, rankCandidates, regionOf } from './fit.ts';
import { canMoveStage, retentionDueOn, retentionRemindersDue } from './placement.ts';

describe('application stages', () => {
  it.each([
    ['applied', 'interview', true],
    ['applied', 'declined', true],
    ['applied', 'offer', false],
    ['applied', 'hired', false],
    ['interview', 'offer', true],
    ['interview', 'applied', false],
    ['offer', 'hired', true],
    ['offer', 'declined', true],
    ['hired', 'declined', false],
    ['declined', 'interview', false],
  ] as const)('%s → %s allowed: %s', (from, to, ok) => expect(canMoveStage(from, to)).toBe(ok));
});

describe('retention checks', () => {
  it.each([
    ['2027-01-31', 6, '2027-07-31'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-04-01', 12, '2028-04-01'],
  ] as const)('a placement from %s is due at %i months on %s', (start, m, due) =>
    expect(retentionDueOn(start, m)).toBe(due),
  );
  it.each([
    ['2027-09-30', {}, [], []],
    ['2027-10-01', {}, [], [6]],
    ['2027-10-01', {}, [6], []],
    ['2027-10-01', { 6: 'retained' }, [], []],
    ['2028-04-01', { 6: 'retained' }, [6], [12]],
    ['2028-04-01', {}, [], [6, 12]],
    ['2028-04-01', { 6: 'left' }, [6], []],
  ] as const)('on %s with %j confirmed and %j sent, due: %j', (today, confirmed, sent, due) =>
    expect(retentionRemindersDue('2027-04-01', today, confirmed, sent)).toEqual(due),
  );
});

describe('explained fit', () => {
  it.each([
    ['青森県', '岩手県', 'tohoku', true],
    ['北海道', '青森県', 'hokkaido', false],
    ['茨城県', '東京都', 'kanto', true],
    ['沖縄県', '福岡県', 'kyushu', true],
  ] as const)('%s is in the same region as %s (%s): %s', (a, b, region, same) => {
    expect(regionOf(a)).toBe(region);
    expect(regionOf(a) === regionOf(b)).toBe(same);
  });
  it('a place abroad has no region', () => expect(regionOf('Oxfordshire')).toBeUndefined());

  it.each([
    [4, 5, 1],
    [4, 4, 1],
    [4, 3, 0.5],
    [4, 2, 0],
    [4, null, 0],
  ] as const)('level %i asked, %s held: %s', (asked, held, v) => expect(levelFit(asked, held)).toBe(v));

  it.each([
    [
      { prefecture: '青森県', municipality: '六ヶ所村' },
      { prefecture: '青森県', municipality: '六ヶ所村' },
      'municipality',
    ],
    [
      { prefecture: '青森県', municipality: '六ヶ所村' },
      { prefecture: '青森県', municipality: '八戸市' },
      'prefecture',
    ],
    [{ prefecture: '青森県' }, { prefecture: '宮城県' }, 'region'],
    [{ prefecture: '青森県' }, { prefecture: '東京都' }, 'none'],
    [{ prefecture: '青森県' }, {}, 'none'],
  ] as const)('%j and %j: %s', (a, b, tier) => expect(locationTier(a, b)).toBe(tier));

  const opening = {
    skills: ['SK.vacuum', 'SK.cryogenics'],
    level: 4,
    place: { prefecture: '青森県', municipality: '六ヶ所村' },
  };

  it('hand-computed: half the skills, one level short, same prefecture', () => {
    const fit = explainFit(opening, {
      skills: ['SK.vacuum', 'SK.welding'],
      level: 3,
      place: { prefecture: '青森県', municipality: '八戸市' },
    });
    // skills 0.5 × 0.6 = 0.3; level 0.5 × 0.25 = 0.125; location 0.6 × 0.15 = 0.09; score 0.515
    expect(fit.score).toBeCloseTo(0.515, 6);
    expect(fit.signals.map((s) => [s.signal, s.contribution])).toEqual([
      ['skills', 0.3],
      ['level', 0.125],
      ['location', 0.09],
    ]);
    expect(fit.signals.map((s) => s.share)).toEqual([0.582524, 0.242718, 0.174757]);
    expect(fit.matchedSkills).toEqual(['SK.vacuum']);
    expect(fit.missingSkills).toEqual(['SK.cryogenics']);
  });

  it.each([
    [['SK.vacuum'], 2, {}],
    [['SK.vacuum', 'SK.cryogenics'], 7, { prefecture: '北海道' }],
    [['SK.cryogenics'], 4, { prefecture: '岩手県' }],
    [['SK.x'], 3, { prefecture: '青森県', municipality: '六ヶ所村' }],
  ])('shares sum to 1 (%j, level %i, %j)', (skills, level, place) => {
    const fit = explainFit(opening, { skills, level, place });
    expect(fit.score).toBeGreaterThan(0);
    expect(fit.signals.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 5);
  });

  it('no fit at all has zero shares, not NaN', () => {
    const fit = explainFit(opening, { skills: [], level: null, place: {} });
    expect(fit.score).toBe(0);
    expect(fit.signals.map((s) => s.share)).toEqual([0, 0, 0]);
  });

  it('ranks a hand-checked list and leaves out those without a single skill', () => {
    const ranked = rankCandidates(opening, [
      { id: 'c', skills: ['SK.vacuum'], level: 4, place: { prefecture: '東京都' } }, // .3+.25 = .55
      { id: 'a', skills: ['SK.vacuum', 'SK.cryogenics'], level: 3, place: { prefecture: '宮城県' } }, // .6+.125+.045 = .77
      { id: 'b', skills: ['SK.cryogenics'], level: 5, place: opening.place }, // .3+.25+.15 = .7
      { id: 'd', skills: ['SK.welding'], level: 7, place: opening.place }, // no skill: out
    ]);
    expect(ranked.items.map((r) => [r.candidate.id, r.fit.score])).toEqual([
      ['a', 0.77],
      ['b', 0.7],
      ['c', 0.55],
    ]);
    expect(ranked.total).toBe(3);
    // The ranking's score alone is the explained score, to the digit.
    for (const r of ranked.items) expect(fitScore(opening, r.candidate).score).toBe(r.fit.score);
    // The first two explained; all three counted.
    const top = rankCandidates(
      opening,
      ranked.items.map((r) => r.candidate),
      2,
    );
    expect(top.items.map((r) => r.candidate.id)).toEqual(['a', 'b']);
    expect(top.total).toBe(3);
  });
});
