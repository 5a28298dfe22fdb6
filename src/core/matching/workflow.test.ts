import { describe, expect, it } from 'vitest';
import {
  canTransition,
  funnelStep,
  type IntroductionState,
  introductionStateCodes,
  transitions,
} from './workflow.ts';

describe('introduction workflow', () => {
  it.each<[IntroductionState, IntroductionState, boolean]>([
    ['requested', 'accepted', true],
    ['requested', 'declined', true],
    ['requested', 'closed', true],
    ['requested', 'expired', true],
    ['requested', 'meeting', false],
    ['requested', 'contract', false],
    ['accepted', 'meeting', true],
    ['accepted', 'nda', false],
    ['meeting', 'nda', true],
    ['meeting', 'contract', true],
    ['nda', 'poc', true],
    ['poc', 'contract', true],
    ['poc', 'meeting', false],
    ['declined', 'accepted', false],
    ['contract', 'closed', false],
    ['closed', 'requested', false],
    ['expired', 'accepted', false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('every non-final state can be closed, and final states lead nowhere', () => {
    for (const state of introductionStateCodes) {
      const final = transitions[state].length === 0;
      expect(final || transitions[state].includes('closed')).toBe(true);
      expect(final).toBe(['declined', 'contract', 'closed', 'expired'].includes(state));
    }
  });

  it('places each state on the request → accepted → meeting → contract funnel', () => {
    expect(introductionStateCodes.map((s) => [s, funnelStep(s)])).toEqual([
      ['requested', 0],
      ['accepted', 1],
      ['declined', 0],
      ['meeting', 2],
      ['nda', 2],
      ['poc', 2],
      ['contract', 3],
      ['closed', 0],
      ['expired', 0],
    ]);
  });
});
