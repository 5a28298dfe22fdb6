import type { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { siteSurvey } from '../../../core/surveys/fixture.ts';
import { mailOutbox, notifications, surveyInvitations } from '../../db/schema/index.ts';
import { createTestApp, nonAdmins, type Session, type TestApp } from '../../test/test-app.ts';
import { profileSchema } from '../siting/index.ts';
import { loadSyntheticSurvey } from './surveys.demo.ts';
import {
  crossTabSchema,
  invitationLinkListSchema,
  invitationLinkSchema,
  linkViewSchema,
  mySurveyListSchema,
  openedSchema,
  progressSchema,
  remindedSchema,
  resultsSchema,
  savedAnswersSchema,
  surveyListSchema,
  surveyResponseListSchema,
  surveySchema,
  templateListSchema,
  weightSetsSchema,
} from './surveys.schemas.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
});
beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
});

// One deadline for the whole file: a survey sent again is the same survey (the deadline is fixed once open).
const closesAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
const survey = (extra: object = {}) => ({
  key: 'siting-needs',
  title: { ja: '立地ニーズ調査', en: 'Siting needs' },
  definition: siteSurvey,
  closesAt,
  population: { kinds: ['company'] },
  ...extra,
});

/** Two companies (one with a member account) and a university outside the population; the survey opened. */
async function openWithLinks(extra: object = {}) {
  const acme = await t.addOrganization({ key: 'acme', name: { ja: 'アクメ' }, kind: 'company' });
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' }, kind: 'company' });
  await t.addOrganization({ key: 'uni', kind: 'university' });
  const created = await t.request('POST', '/api/surveys', { body: survey(extra), as: admin });
  expect(created.status).toBe(201);
  const opened = await t.request('POST', `/api/surveys/${created.json.id}/open`, { as: admin });
  expect(opened.status).toBe(200);
  const token = (name: string) =>
    new URL(opened.json.links.find((l: { invitee: string }) => l.invitee === name).link).pathname
      .split('/')
      .pop() as string;
  return {
    id: created.json.id as string,
    acme,
    beta,
    acmeToken: token('アクメ'),
    betaToken: token('Beta'),
    opened: opened.json,
    created: created.json,
  };
}

const answer = {
  'q-kind': 'company',
  'q-plan': 'plan',
  'q-facility': ['reactor'],
  'q-importance': { engineers: 'important' },
};

describe('personal links', () => {
  it('invite the population only, answer without an account, and move the response rate', async () => {
    const { id, acmeToken, opened } = await openWithLinks();
    expect(opened.invited).toBe(2);
    const view = await t.request('GET', `/api/survey-links/${acmeToken}`);
    expect(view.status).toBe(200);
    expect(view.json.invitee).toBe('アクメ');
    expect(view.json.response).toBeNull();
    const before = await t.request('GET', `/api/surveys/${id}/progress`, { as: admin });
    expect(before.json).toMatchObject({ invited: 2, answered: 0, rate: 0 });
    const submitted = await t.request('POST', `/api/survey-links/${acmeToken}/submit`, {
      body: { answers: answer },
    });
    expect(submitted.status).toBe(200);
    const after = await t.request('GET', `/api/surveys/${id}/progress`, { as: admin });
    expect(after.json).toMatchObject({ invited: 2, answered: 1, rate: 0.5 });
    expect(after.json.byKind).toEqual([{ kind: 'company', invited: 2, answered: 1 }]);
    expect(after.json.notAnswered.map((n: { invitee: string }) => n.invitee)).toEqual(['Beta']);
  });

  it('keeps a draft with required questions empty, and returns it when the link is opened again', async () => {
    const { acmeToken } = await openWithLinks();
    const saved = await t.request('PUT', `/api/survey-links/${acmeToken}/draft`, {
      body: { answers: { 'q-kind': 'company' } },
    });
    expect(saved.status).toBe(200);
    const again = await t.request('GET', `/api/survey-links/${acmeToken}`);
    expect(again.json.response).toMatchObject({ answers: { 'q-kind': 'company' }, submittedAt: null });
  });

  it('refuses a link whose signature was altered, and an old link after it is reissued', async () => {
    const { id, acmeToken } = await openWithLinks();
    const [invitationId] = acmeToken.split('.');
    expect((await t.request('GET', `/api/survey-links/${invitationId}.forged`)).status).toBe(404);
    const reissued = await t.request('POST', `/api/surveys/${id}/invitations/${invitationId}/link`, {
      as: admin,
    });
    expect(reissued.status).toBe(200);
    expect((await t.request('GET', `/api/survey-links/${acmeToken}`)).status).toBe(404);
    const fresh = new URL(reissued.json.link).pathname.split('/').pop();
    expect((await t.request('GET', `/api/survey-links/${fresh}`)).status).toBe(200);
  });

  it('refuses a member of another organisation using the link', async () => {
    const { acmeToken, beta, acme } = await openWithLinks();
    const outsider = await t.signIn('member', beta.id);
    const res = await t.request('POST', `/api/survey-links/${acmeToken}/submit`, {
      body: { answers: answer },
      as: outsider,
    });
    expect(res.status).toBe(403);
    expect(res.json.error.message).toContain('another organisation');
    const own = await t.signIn('member', acme.id);
    expect((await t.request('GET', `/api/survey-links/${acmeToken}`, { as: own })).status).toBe(200);
  });

  it('refuses an expired link with 410', async () => {
    const { acmeToken } = await openWithLinks();
    await t.db
      .update(surveyInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(surveyInvitations.id, acmeToken.split('.')[0] as string));
    const res = await t.request('PUT', `/api/survey-links/${acmeToken}/draft`, { body: { answers: {} } });
    expect(res.status).toBe(410);
    expect(res.json.error.message).toMatch(/expired on \d{4}-\d{2}-\d{2}/);
  });

  it('refuses answers once the survey is closed, saying so, and keeps what was given', async () => {
    const { id, acmeToken, betaToken } = await openWithLinks();
    await t.request('POST', `/api/survey-links/${acmeToken}/submit`, { body: { answers: answer } });
    expect((await t.request('POST', `/api/surveys/${id}/close`, { as: admin })).status).toBe(200);
    const late = await t.request('POST', `/api/survey-links/${betaToken}/submit`, {
      body: { answers: answer },
    });
    expect(late.status).toBe(409);
    expect(late.json.error.message).toContain('closed');
    expect((await t.request('GET', `/api/survey-links/${acmeToken}`)).json.response.answers).toEqual(answer);
  });

  it.each([
    [{ 'q-plan': 'maybe' }, 'body.answers.q-plan'],
    [{ 'q-plan': 'plan' }, 'body.answers.q-facility'],
    [{ 'q-plan': 'none', 'q-size': 5000 }, 'body.answers.q-size'],
  ])('refuses invalid answers naming the question (%#)', async (answers, path) => {
    const { acmeToken } = await openWithLinks();
    const res = await t.request('POST', `/api/survey-links/${acmeToken}/submit`, { body: { answers } });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('drops answers to a branch the respondent left', async () => {
    const { acmeToken } = await openWithLinks();
    const res = await t.request('POST', `/api/survey-links/${acmeToken}/submit`, {
      body: { answers: { 'q-plan': 'none', 'q-facility': ['reactor'] } },
    });
    expect(res.status).toBe(200);
    expect(res.json.answers).toEqual({ 'q-plan': 'none' });
  });
});

describe('the coordinator', () => {
  it.each(nonAdmins)('is the only one who sees surveys: %s gets %i', async (_n, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('GET', '/api/surveys', { as })).status).toBe(status);
  });

  it('reminds non-respondents through their member accounts, counting those without one', async () => {
    const { id, acme } = await openWithLinks();
    await t.signIn('member', acme.id);
    const res = await t.request('POST', `/api/surveys/${id}/remind`, { as: admin });
    expect(res.json).toEqual({ reminded: 1, withoutContact: 1, mails: 1 });
    const [mail] = await t.db.select().from(mailOutbox);
    expect(mail?.subject).toContain('立地ニーズ調査');
    expect(mail?.body).toMatch(/\/s\/[0-9a-f-]{36}\.[\w-]{32}$/);
    const [notice] = await t.db.select().from(notifications);
    expect(notice?.kind).toBe('survey-reminder');
  });

  it('cannot break stored answers by changing the questionnaire, but can reword it', async () => {
    const { id, acmeToken } = await openWithLinks();
    await t.request('POST', `/api/survey-links/${acmeToken}/submit`, { body: { answers: answer } });
    const removed = {
      ...survey(),
      definition: { questions: siteSurvey.questions.filter((q) => q.key !== 'q-size') },
    };
    const refused = await t.request('PUT', `/api/surveys/${id}`, { body: removed, as: admin });
    expect(refused.status).toBe(409);
    expect(refused.json.error.details[0].message).toContain('"q-size" has answers');
    const reworded = {
      ...survey(),
      definition: {
        questions: siteSurvey.questions.map((q) =>
          q.key === 'q-size' ? { ...q, label: { en: 'Staff count' } } : q,
        ),
      },
    };
    const ok = await t.request('PUT', `/api/surveys/${id}`, { body: reworded, as: admin });
    expect(ok.status).toBe(200);
    expect(ok.json.version).toBe(2);
  });

  it('refuses a questionnaire whose condition points at nothing, naming it', async () => {
    const bad = survey({
      definition: {
        questions: [{ key: 'a', type: 'text', label: { en: 'A' }, showIf: { question: 'zz', anyOf: ['x'] } }],
      },
    });
    const res = await t.request('POST', '/api/surveys', { body: bad, as: admin });
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('body.definition.questions[0].showIf.question');
  });

  it.each([
    [{ type: 'likert', choices: [{ key: 'hi', label: { en: 'Hi' }, score: 1e308 }] }, 'choices[0].score'],
    [{ type: 'likert', choices: [{ key: 'lo', label: { en: 'Lo' }, score: -1001 }] }, 'choices[0].score'],
    [{ type: 'number', min: -1e308 }, 'min'],
    [{ type: 'number', max: 1e16 }, 'max'],
    [{ type: 'multiple', choices: [{ key: 'x', label: { en: 'X' } }], maxChoices: 1e9 }, 'maxChoices'],
  ])('refuses a number out of its domain in a question, naming the field (%#)', async (question, field) => {
    const bad = survey({ definition: { questions: [{ key: 'a', label: { en: 'A' }, ...question }] } });
    const res = await t.request('POST', '/api/surveys', { body: bad, as: admin });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(
      `body.definition.questions[0].${field}`,
    );
  });

  it('withholds cross-tab cells below the minimum in an anonymous survey, not in a named one', async () => {
    for (const anonymity of ['anonymous', 'named']) {
      await t.reset();
      admin = await t.signIn('admin');
      const { id, acmeToken, betaToken } = await openWithLinks({ anonymity, minCell: 3 });
      await t.request('POST', `/api/survey-links/${acmeToken}/submit`, { body: { answers: answer } });
      await t.request('POST', `/api/survey-links/${betaToken}/submit`, {
        body: { answers: { ...answer, 'q-plan': 'possible' } },
      });
      const tab = await t.request('GET', `/api/surveys/${id}/crosstab?row=q-plan&column=q-kind`, {
        as: admin,
      });
      const plan = tab.json.rows.find((r: { key: string }) => r.key === 'plan');
      expect(plan.cells[0].count).toBe(anonymity === 'anonymous' ? null : 1);
      expect(tab.json.suppressed).toBe(anonymity === 'anonymous');
      expect((await t.request('GET', `/api/surveys/${id}/responses`, { as: admin })).status).toBe(
        anonymity === 'anonymous' ? 403 : 200,
      );
    }
  });

  it('names a bad cross-tab parameter', async () => {
    const { id } = await openWithLinks();
    const res = await t.request('GET', `/api/surveys/${id}/crosstab?row=q-size&column=q-kind`, { as: admin });
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('query.row');
  });
});

describe("seed 000's published figures, from the synthetic response set", () => {
  let id: string;
  beforeEach(async () => {
    await loadSyntheticSurvey(t.db);
    id = (await t.request('GET', '/api/surveys', { as: admin })).json.items[0].id;
  });
  const counts = (q: { counts: { key: string; count: number }[] }) =>
    Object.fromEntries(q.counts.map((c) => [c.key, c.count]));

  it('74 invited, 50 answered (67.6 %); 17 of 50 (34 %) plan a new site; 36 % find the area attractive', async () => {
    const progress = await t.request('GET', `/api/surveys/${id}/progress`, { as: admin });
    expect(progress.json).toMatchObject({ invited: 74, answered: 50 });
    expect(Math.round(progress.json.rate * 1000) / 10).toBe(67.6);
    const results = (await t.request('GET', `/api/surveys/${id}/results`, { as: admin })).json;
    expect(results.synthetic).toBe(true);
    const byKey = Object.fromEntries(results.questions.map((q: { key: string }) => [q.key, q]));
    const { plan = 0, possibility = 0 } = counts(byKey['q1-plan']);
    expect(plan + possibility).toBe(17);
    expect((plan + possibility) / byKey['q1-plan'].base.answered).toBe(0.34);
    const attractive = byKey['q4-attractive'].counts.find((c: { key: string }) => c.key === 'yes');
    expect(attractive.share).toBe(0.36);
  });

  it('names the most important condition per facility type, as the report does', async () => {
    const top = async (facility: string) => {
      const tab = (
        await t.request(
          'GET',
          `/api/surveys/${id}/weights?matrix=q3-conditions&groupBy=q2-facility&method=important`,
          { as: admin },
        )
      ).json;
      const group = tab.groups.find((g: { group: string }) => g.group === facility);
      const best = Math.max(...group.items.map((i: { value: number }) => i.value));
      return group.items
        .filter((i: { value: number }) => i.value === best)
        .map((i: { key: string }) => i.key)
        .sort();
    };
    expect(await top('fusion-reactor')).toEqual(['power-water']);
    expect(await top('experimental-facility')).toEqual([
      'natural-hazards',
      'power-water',
      'resident-agreement',
    ]);
    expect(await top('component-factory')).toEqual(['engineers']);
    expect(await top('office')).toEqual(['reactor-access']);
  });

  it('keeps survey-derived weights as a siting profile linked to the survey and its base', async () => {
    const res = await t.request('POST', `/api/surveys/${id}/siting-profile`, {
      body: {
        matrix: 'q3-conditions',
        groupBy: 'q2-facility',
        method: 'important',
        group: 'fusion-reactor',
        key: 'reactor-from-survey',
        name: { ja: '核融合炉（アンケート由来）' },
        facilityType: 'fusion-reactor',
      },
      as: admin,
    });
    expect(res.status).toBe(201);
    conforms(profileSchema, res.json);
    expect(res.json.weighting).toEqual({
      method: 'survey',
      survey: 'fusion-siting-2024-synthetic',
      base: 4,
      note: 'important; group fusion-reactor',
    });
    const total = res.json.criteria.reduce((a: number, c: { weight: number }) => a + c.weight, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(res.json.note.en).toContain('resident-agreement');
  });
});

describe('an anonymous survey', () => {
  it('gives the coordinator aggregates only: no answer rows, no listed free answers', async () => {
    const { id, acmeToken, betaToken } = await openWithLinks({ anonymity: 'anonymous' });
    for (const token of [acmeToken, betaToken])
      await t.request('POST', `/api/survey-links/${token}/submit`, {
        body: { answers: { ...answer, 'q-comment': '安全規制の整備を期待' } },
      });
    const results = await t.request('GET', `/api/surveys/${id}/results`, { as: admin });
    const comment = results.json.questions.find((q: { key: string }) => q.key === 'q-comment');
    expect(comment.texts).toEqual([]);
    expect(comment.terms[0]).toEqual({ term: '安全規制', count: 2 });
    expect((await t.request('GET', `/api/surveys/${id}/export.csv`, { as: admin })).status).toBe(403);
    const xlsx = await t.request('GET', `/api/surveys/${id}/export.xlsx`, { as: admin });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['集計 Summary']);
  });
});

// The OpenAPI document is all a client has to go by: every survey route must say what it returns, and what
// it says must be true. Responses are not validated at run time (no module does), so this test is the check.

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
};
type Operation = { responses: Record<string, { content?: Record<string, { schema: Schema }> }> };

const surveyPath = /^\/api\/(surveys|survey-templates|my-surveys|survey-links)\b/;

describe('the OpenAPI document', () => {
  it('names the shape of every survey route’s success response', async () => {
    const { json: doc } = await t.request('GET', '/api/openapi.json');
    const components: Record<string, Schema> = doc.components.schemas;
    const resolve = (s: Schema) => (s.$ref ? components[s.$ref.replace('#/components/schemas/', '')] : s);
    // Its own properties, and those of what it extends (allOf: [{ $ref }, { properties }]).
    const properties = (s: Schema | undefined): string[] =>
      s
        ? [...Object.keys(s.properties ?? {}), ...(s.allOf ?? []).flatMap((p) => properties(resolve(p)))]
        : [];
    const precise = (s: Schema | undefined) => properties(s).length > 0;
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      if (!surveyPath.test(path)) continue;
      for (const [method, op] of Object.entries(operations)) {
        const [status, success] = Object.entries(op.responses).find(([s]) => s.startsWith('2')) ?? [];
        const schema = success?.content?.['application/json']?.schema;
        const where = `${method.toUpperCase()} ${path} ${status}`;
        if (!schema) {
          // The exports: a file, not JSON.
          expect(Object.keys(success?.content ?? {}), where).not.toContain('application/json');
          continue;
        }
        checked.push(where);
        if (schema.$ref) expect(resolve(schema), `${where}: ${schema.$ref} is defined`).toBeDefined();
        const body = resolve(schema);
        expect(precise(body), `${where}: names its properties`).toBe(true);
        // A list: its items too, by name.
        const items = body?.properties?.items?.items;
        if (body?.properties?.items?.type === 'array' && items) {
          expect(items.$ref, `${where}: list items are a named schema`).toMatch(/^#\/components\/schemas\//);
          expect(precise(resolve(items)), `${where}: list items name their properties`).toBe(true);
        }
      }
    }
    expect(checked.length).toBe(20);
  });
});

/** The body is what the schema says: it parses, and parsing (which drops unknown keys) loses nothing. */
function conforms(schema: z.ZodType, body: unknown) {
  expect(schema.parse(body)).toEqual(body);
}
const get = async (path: string) => (await t.request('GET', path, { as: admin })).json;

const everyAnswer = {
  ...answer,
  'q-size': 40,
  'q-open': '2027-04-01',
  'q-comment': 'Engineers within reach',
};

describe('the survey routes return what the document declares', () => {
  it('from creating a questionnaire to its results', async () => {
    const { id, acme, beta, acmeToken, created, opened } = await openWithLinks();
    const base = `/api/surveys/${id}`;
    conforms(surveySchema, created);
    conforms(openedSchema, opened);
    conforms(surveySchema, await get(base));
    conforms(surveySchema, (await t.request('PUT', base, { body: survey(), as: admin })).json);
    conforms(templateListSchema, await get('/api/survey-templates'));
    conforms(invitationLinkListSchema, await get(`${base}/links`));
    const invitationId = acmeToken.split('.')[0];
    const reissued = await t.request('POST', `${base}/invitations/${invitationId}/link`, { as: admin });
    conforms(invitationLinkSchema, reissued.json);
    const link = `/api/survey-links/${new URL(reissued.json.link).pathname.split('/').pop()}`;

    const member = await t.signIn('member', acme.id);
    conforms(mySurveyListSchema, (await t.request('GET', '/api/my-surveys', { as: member })).json);
    conforms(linkViewSchema, (await t.request('GET', link)).json);
    const draft = await t.request('PUT', `${link}/draft`, { body: { answers: { 'q-kind': 'company' } } });
    conforms(savedAnswersSchema, draft.json);
    conforms(progressSchema, await get(`${base}/progress`));
    await t.signIn('member', beta.id); // a reminder reaches beta, so its progress row has a reminder time
    conforms(remindedSchema, (await t.request('POST', `${base}/remind`, { as: admin })).json);
    const submitted = await t.request('POST', `${link}/submit`, { body: { answers: everyAnswer } });
    conforms(savedAnswersSchema, submitted.json);
    conforms(linkViewSchema, (await t.request('GET', link)).json);
    const progress = await get(`${base}/progress`);
    conforms(progressSchema, progress);
    expect(progress.answeredOverTime).toHaveLength(1);
    expect(progress.notAnswered[0].lastRemindedAt).not.toBeNull();

    const results = await get(`${base}/results`);
    conforms(resultsSchema, results);
    // Every kind of question summary is there to be checked.
    expect(new Set(results.questions.map((q: { type: string }) => q.type))).toEqual(
      new Set(siteSurvey.questions.map((q) => q.type)),
    );
    conforms(resultsSchema, await get(`${base}/results?base=respondents`));
    conforms(crossTabSchema, await get(`${base}/crosstab?row=q-plan&column=q-kind`));
    conforms(surveyResponseListSchema, await get(`${base}/responses`));
    conforms(surveySchema, (await t.request('POST', `${base}/close`, { as: admin })).json);
    conforms(surveyListSchema, await get('/api/surveys'));
  });

  it('for the synthetic set: results, withheld cross-tab cells and weights', async () => {
    await loadSyntheticSurvey(t.db);
    const list = await get('/api/surveys');
    conforms(surveyListSchema, list);
    const base = `/api/surveys/${list.items[0].id}`;
    conforms(resultsSchema, await get(`${base}/results`));
    const tab = await get(`${base}/crosstab?row=q2-facility&column=q3-conditions:engineers`);
    conforms(crossTabSchema, tab);
    expect(tab.suppressed).toBe(true);
    conforms(
      weightSetsSchema,
      await get(`${base}/weights?matrix=q3-conditions&groupBy=q2-facility&method=mean`),
    );
  });
});

describe('messages in the language asked for', () => {
  const ja = { 'accept-language': 'ja' };

  it('tells a respondent on the Japanese answer page which question needs an answer, in Japanese', async () => {
    const { acmeToken } = await openWithLinks();
    const submit = (headers?: Record<string, string>) =>
      t.request('POST', `/api/survey-links/${acmeToken}/submit`, { body: { answers: {} }, headers });
    const res = await submit(ja);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe('入力内容に誤りがあります');
    expect(res.json.error.details).toContainEqual({
      path: 'body.answers.q-plan',
      message: 'この質問には回答が必要です',
    });
    expect((await submit()).json.error.details).toContainEqual({
      path: 'body.answers.q-plan',
      message: 'this question needs an answer',
    });
  });

  it('words a refused change of a survey with answers in Japanese', async () => {
    const { id, acmeToken } = await openWithLinks();
    await t.request('POST', `/api/survey-links/${acmeToken}/submit`, { body: { answers: answer } });
    const res = await t.request('PUT', `/api/surveys/${id}`, {
      body: survey({ definition: { questions: siteSurvey.questions.slice(1) } }),
      as: admin,
      headers: ja,
    });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toBe('この変更をすると、すでにある回答と合わなくなります');
    expect(res.json.error.details[0].message).toBe('質問「q-kind」には回答があるため削除できません');
  });
});
