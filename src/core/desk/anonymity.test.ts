import { describe, expect, it } from 'vitest';
import { identityLeaks } from './anonymity.ts';

const identity = {
  names: ['Secret Vacuum KK', '山田 太郎', 'taro@secret.example', null, 'X'],
  phones: ['+81 17-734-0000', '12'],
};

describe('identityLeaks', () => {
  it.each([
    ['Ask the one-stop desk about joint research.', false, 'nothing of the company'],
    ['Secret Vacuum KK asked us', true, 'the company name'],
    ['SECRET  VACUUM kk asked us', true, 'case and spacing ignored'],
    ['Ｓｅｃｒｅｔ Ｖａｃｕｕｍ ＫＫ', true, 'full-width letters (NFKC)'],
    ['山田太郎さんから', true, 'the contact, without the space'],
    ['Write to TARO@secret.example', true, 'the e-mail'],
    ['Call +81-17-7340000', true, 'the phone, punctuated otherwise'],
    ['Call 017 (734) 0000', true, 'the phone, the domestic way'],
    ['Room X, 12 people', false, 'names under 2 characters and short numbers are ignored'],
  ])('%s → %s (%s)', (text, leaks) => {
    expect(identityLeaks({ 'answer.en': text }, identity)).toEqual(leaks ? ['answer.en'] : []);
  });

  it('names every text that leaks, and none that is missing', () => {
    expect(
      identityLeaks(
        { 'question.ja': 'Secret Vacuum KKの相談', 'question.en': undefined, 'answer.en': 'Call 0177340000' },
        identity,
      ),
    ).toEqual(['question.ja', 'answer.en']);
  });
});
