import { describe, expect, it } from 'vitest';
import { checkAnswers, checkDefinition } from '../surveys/index.ts';
import { flagsFromAnswers, satisfactionDefinition, satisfactionScore } from './aftercare.ts';
import { caseFileType, safeFileName } from './files.ts';

describe('the aftercare questionnaire', () => {
  it('is a valid survey definition whose only required question is satisfaction', () => {
    expect(checkDefinition(satisfactionDefinition)).toEqual([]);
    expect(checkAnswers(satisfactionDefinition, {}, true).issues.map((i) => i.path)).toEqual([
      'answers.satisfaction',
    ]);
  });

  it.each([
    ['very-satisfied', 5],
    ['neutral', 3],
    ['very-dissatisfied', 1],
    ['nonsense', null],
  ])('%s scores %s', (key, score) => {
    expect(satisfactionScore({ satisfaction: key })).toBe(score);
  });
});

describe('red flags from survey answers', () => {
  it.each([
    [
      'aftercare: expand and short of staff',
      { plans: ['expand', 'short-of-staff'] },
      ['expansion:plans:expand', 'staff-shortage:plans:short-of-staff'],
    ],
    ['aftercare: leaving', { plans: ['withdraw'] }, ['withdrawal:plans:withdraw']],
    ['aftercare: none', { plans: ['none'], satisfaction: 'satisfied' }, []],
    ['member survey ①: a planned site', { 'q1-plan': 'plan' }, ['expansion:q1-plan:plan']],
    ['member survey ①: possibly', { 'q1-plan': 'possibility' }, ['expansion:q1-plan:possibility']],
    ['member survey ①: no', { 'q1-plan': 'none' }, []],
    [
      'member survey ⑤: staff support important',
      { 'q5-improvements': { 'talent-training': 'important' } },
      ['staff-shortage:q5-improvements.talent-training:important'],
    ],
    [
      'member survey ⑤: only somewhat',
      { 'q5-improvements': { 'talent-training': 'somewhat-important' } },
      [],
    ],
    ['member survey ④ "not attractive" is not a plan to leave', { 'q4-attractive': 'no' }, []],
    ['one flag per kind', { plans: ['expand'], 'q1-plan': 'plan' }, ['expansion:plans:expand']],
  ])('%s', (_name, answers, expected) => {
    expect(flagsFromAnswers(answers as never).map((f) => `${f.kind}:${f.question}:${f.answer}`)).toEqual(
      expected,
    );
  });
});

describe('case files', () => {
  const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
  it.each([
    ['%PDF-1.7\n', 'application/pdf'],
    ['<html><script>', null],
    ['GIF89a', null],
  ])('%j is %s', (head, type) => {
    expect(caseFileType(ascii(head))).toBe(type);
  });

  it.each([
    ['見積書 v2.pdf', 'application/pdf', 'v2.pdf'],
    ['a"b;\r\nc.png', 'image/png', 'a-b-c.png'],
    ['../../etc/passwd', 'application/pdf', 'etc-passwd.pdf'],
    ['plan.PDF', 'application/pdf', 'plan.pdf'],
  ] as const)('%j as %s is sent as %s', (name, type, safe) => {
    expect(safeFileName(name, type)).toBe(safe);
  });
});
