import type { z } from '@hono/zod-openapi';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { siteSurvey } from '../../../core/surveys/fixture.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { profileSchema } from '../siting/siting.schemas.ts';
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

// The OpenAPI document is all a client has to go by: every survey route must say what it returns, and what
// it says must be true. Responses are not validated at run time (no module does), so this test is the check.

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
});
beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
});

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
function conforms(schema: z.ZodType, res: { status: number; json: unknown }, status = 200) {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  expect(schema.parse(res.json)).toEqual(res.json);
}

const answer = {
  'q-kind': 'company',
  'q-plan': 'plan',
  'q-facility': ['reactor'],
  'q-size': 40,
  'q-open': '2027-04-01',
  'q-comment': 'Engineers within reach',
  'q-importance': { engineers: 'important' },
};

describe('the survey routes return what the document declares', () => {
  it('from creating a questionnaire to its results', async () => {
    const acme = await t.addOrganization({ key: 'acme', name: { ja: 'アクメ' }, kind: 'company' });
    await t.addOrganization({ key: 'beta', name: { en: 'Beta' }, kind: 'company' });
    const body = {
      key: 'siting-needs',
      title: { ja: '立地ニーズ調査', en: 'Siting needs' },
      definition: siteSurvey,
      closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      population: { kinds: ['company'] },
    };
    const created = await t.request('POST', '/api/surveys', { body, as: admin });
    conforms(surveySchema, created, 201);
    const id = created.json.id as string;
    const base = `/api/surveys/${id}`;
    conforms(surveySchema, await t.request('GET', base, { as: admin }));
    conforms(surveySchema, await t.request('PUT', base, { body, as: admin }));
    conforms(templateListSchema, await t.request('GET', '/api/survey-templates', { as: admin }));

    const opened = await t.request('POST', `${base}/open`, { as: admin });
    conforms(openedSchema, opened);
    const links = await t.request('GET', `${base}/links`, { as: admin });
    conforms(invitationLinkListSchema, links);
    const acmeLink = opened.json.links.find((l: { invitee: string }) => l.invitee === 'アクメ');
    const reissued = await t.request('POST', `${base}/invitations/${acmeLink.invitationId}/link`, {
      as: admin,
    });
    conforms(invitationLinkSchema, reissued);
    const token = new URL(reissued.json.link).pathname.split('/').pop() as string;

    const member = await t.signIn('member', acme.id);
    conforms(mySurveyListSchema, await t.request('GET', '/api/my-surveys', { as: member }));
    conforms(linkViewSchema, await t.request('GET', `/api/survey-links/${token}`));
    const draft = { answers: { 'q-kind': 'company' } };
    conforms(savedAnswersSchema, await t.request('PUT', `/api/survey-links/${token}/draft`, { body: draft }));
    conforms(progressSchema, await t.request('GET', `${base}/progress`, { as: admin }));
    conforms(remindedSchema, await t.request('POST', `${base}/remind`, { as: admin }));
    const submitted = await t.request('POST', `/api/survey-links/${token}/submit`, {
      body: { answers: answer },
    });
    conforms(savedAnswersSchema, submitted);
    conforms(linkViewSchema, await t.request('GET', `/api/survey-links/${token}`));
    const progress = await t.request('GET', `${base}/progress`, { as: admin });
    conforms(progressSchema, progress);
    expect(progress.json.answeredOverTime).toHaveLength(1);
    expect(progress.json.notAnswered[0].lastRemindedAt).not.toBeNull();

    const results = await t.request('GET', `${base}/results`, { as: admin });
    conforms(resultsSchema, results);
    // Every kind of question summary is there to be checked.
    expect(new Set(results.json.questions.map((q: { type: string }) => q.type))).toEqual(
      new Set(siteSurvey.questions.map((q) => q.type)),
    );
    conforms(resultsSchema, await t.request('GET', `${base}/results?base=respondents`, { as: admin }));
    const tab = await t.request('GET', `${base}/crosstab?row=q-plan&column=q-kind`, { as: admin });
    conforms(crossTabSchema, tab);
    conforms(surveyResponseListSchema, await t.request('GET', `${base}/responses`, { as: admin }));
    conforms(surveySchema, await t.request('POST', `${base}/close`, { as: admin }));
    conforms(surveyListSchema, await t.request('GET', '/api/surveys', { as: admin }));
  });

  it('for the synthetic set: results, withheld cross-tab cells, weights and the profile kept from them', async () => {
    await loadSyntheticSurvey(t.db);
    const list = await t.request('GET', '/api/surveys', { as: admin });
    conforms(surveyListSchema, list);
    const base = `/api/surveys/${list.json.items[0].id}`;
    conforms(resultsSchema, await t.request('GET', `${base}/results`, { as: admin }));
    const tab = await t.request('GET', `${base}/crosstab?row=q2-facility&column=q3-conditions:engineers`, {
      as: admin,
    });
    conforms(crossTabSchema, tab);
    expect(tab.json.suppressed).toBe(true);
    const weights = `${base}/weights?matrix=q3-conditions&groupBy=q2-facility&method=mean`;
    conforms(weightSetsSchema, await t.request('GET', weights, { as: admin }));
    const profile = await t.request('POST', `${base}/siting-profile`, {
      body: {
        matrix: 'q3-conditions',
        group: 'all',
        key: 'from-survey',
        name: { en: 'From the survey' },
        facilityType: 'fusion-reactor',
      },
      as: admin,
    });
    conforms(profileSchema, profile, 201);
  });
});
