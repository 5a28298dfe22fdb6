import { describe, expect, it } from 'vitest';
import { postDoc } from './documents.ts';
import type { MatchSignals } from './types.ts';
import { withholdOwnerDetails } from './withhold.ts';

const signals: MatchSignals = {
  text: { value: 1, weight: 0.4, share: 0.5, terms: [{ text: 'HTS' }] },
  technology: {
    value: 1,
    weight: 0.25,
    share: 0.3,
    codes: [{ code: 'MAG.hts', matched: 'MAG.hts', credit: 1 }],
  },
  role: { value: 1, weight: 0.15, share: 0.1, roles: ['materials-supplier'] },
  distance: { value: 0.5, weight: 0.1, share: 0.05, km: 120 },
  reciprocity: { value: 0.2, weight: 0.1, share: 0.05, codes: [{ code: 'DIC', matched: 'DIC', credit: 1 }] },
};

describe('withholdOwnerDetails', () => {
  it('leaves a match whose owners are both shown as it is', () => {
    expect(withholdOwnerDetails(signals, { result: false, query: false })).toBe(signals);
  });

  it.each([
    ['the matched record', { result: true, query: false }],
    ['the querying post', { result: false, query: true }],
  ])(
    "withholds roles and reciprocity codes when %s's owner is withheld, keeping the figures",
    (_n, hidden) => {
      const shown = withholdOwnerDetails(signals, hidden);
      expect(shown.role).toEqual({ value: 1, weight: 0.15, share: 0.1, withheld: true });
      expect(shown.reciprocity).toEqual({ value: 0.2, weight: 0.1, share: 0.05, withheld: true });
      // The posts' own terms, codes and place stay.
      expect(shown.text).toBe(signals.text);
      expect(shown.technology).toBe(signals.technology);
      expect(shown.distance).toBe(signals.distance);
    },
  );
});

describe('postDoc', () => {
  const owner = { roles: ['developer'], lat: 40.96, lng: 141.37 };
  const post = {
    id: 'p',
    key: 'p',
    kind: 'need' as const,
    organizationId: 'o',
    title: { en: 'x' },
    body: {},
    technologies: [],
  };
  it("places a named post at its owner's place when it has none, an anonymous one nowhere", () => {
    expect(postDoc({ ...post, visibility: 'public' }, owner).location).toEqual({ lat: 40.96, lng: 141.37 });
    expect(postDoc({ ...post, visibility: 'anonymous' }, owner).location).toBeNull();
    const placed = { ...post, visibility: 'anonymous' as const, location: { lat: 35, lng: 139 } };
    expect(postDoc(placed, owner).location).toEqual({ lat: 35, lng: 139 });
  });
});
