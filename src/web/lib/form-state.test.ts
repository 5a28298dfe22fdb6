import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { bilingualText, errorsAt, numberOrText, unplacedErrors } from './form-state.ts';

const refused = new ApiError(400, 'invalid_input', 'bad', [
  { path: 'body.title.ja', message: 'required' },
  { path: 'body.skills[1]', message: 'unknown code' },
  { path: 'body.colour', message: 'unknown field' },
  { path: 'body', message: 'nothing to change' },
]);

describe('form state helpers', () => {
  it.each([
    ['12', 12],
    [' 7 ', 7],
    ['0', 0],
    ['', ''],
    ['  ', '  '],
    ['twelve', 'twelve'],
    ['1e3', 1000],
  ])('numberOrText(%j) is %j', (typed, sent) => {
    expect(numberOrText(typed)).toBe(sent);
  });

  it.each([
    ['設備', 'Plant', { ja: '設備', en: 'Plant' }],
    ['設備', ' ', { ja: '設備' }],
    ['', 'Plant', { en: 'Plant' }],
    ['', '', {}],
  ])('bilingualText(%j, %j) leaves out empty languages', (ja, en, text) => {
    expect(bilingualText(ja, en)).toEqual(text);
  });

  it('places errors by path and lists the rest, with nothing for a stale edit or a non-API error', () => {
    expect(errorsAt(refused, 'body.title').map((d) => d.path)).toEqual(['body.title.ja']);
    expect(errorsAt(refused, 'body.skills').map((d) => d.path)).toEqual(['body.skills[1]']);
    expect(unplacedErrors(refused, ['title', 'skills']).map((d) => d.path)).toEqual(['body.colour', 'body']);
    const stale = new ApiError(412, 'precondition_failed', 'stale', [
      { path: 'header.if-match', message: 'old' },
    ]);
    expect(unplacedErrors(stale, ['title'])).toEqual([]);
    expect(unplacedErrors(new Error('network'), ['title'])).toEqual([]);
    expect(errorsAt(undefined, 'body.title')).toEqual([]);
  });
});
