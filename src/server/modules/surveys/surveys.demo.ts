import fs from 'node:fs';
import path from 'node:path';
import { checkAnswers } from '../../../core/surveys/index.ts';
import type { Answers, SurveyDefinition, Text } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import { dataRoot } from '../../lib/reference-data.ts';
import { insertInvitations, insertResponses, insertSurvey } from './surveys.queries.ts';

type Template = { key: string; title: Text; description: Text; questions: SurveyDefinition['questions'] };
type SyntheticSet = {
  survey: string;
  note: Text;
  invited: { key: string; kind: string }[];
  responses: { invitee: string; answers: Answers }[];
};

const dir = path.join(dataRoot, 'surveys');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));

export const siteSurveyTemplate = () => read<Template>('fusion-siting-2024.template.json');
export const siteSurveySynthetic = () => read<SyntheticSet>('fusion-siting-2024.synthetic.json');

/**
 * Loads the constructed response set for seed 000's survey as a closed, anonymous survey marked synthetic:
 * invitees are numbered respondents, never real organisations, so no company is credited with answers it did
 * not give. Every answer is checked against the questionnaire first.
 */
export async function loadSyntheticSurvey(db: Db, key = 'fusion-siting-2024-synthetic') {
  const template = siteSurveyTemplate();
  const set = siteSurveySynthetic();
  const definition = { questions: template.questions };
  for (const r of set.responses) {
    const { issues } = checkAnswers(definition, r.answers, true);
    if (issues.length) throw new Error(`synthetic ${r.invitee}: ${JSON.stringify(issues)}`);
  }
  const closedAt = new Date('2024-11-01T00:00:00+09:00');
  await db.transaction(async (tx) => {
    const survey = await insertSurvey(tx, {
      key,
      title: { ja: `${template.title.ja}（合成データ）`, en: `${template.title.en} (synthetic data)` },
      description: set.note,
      definition,
      status: 'closed',
      anonymity: 'anonymous',
      synthetic: true,
      // Seed 000's survey asked the fusion cluster's members: its answers count for that cluster's indicators.
      population: { clusters: ['fusion'] },
      closesAt: closedAt,
      openedAt: new Date('2024-10-21T00:00:00+09:00'),
      closedAt,
    });
    const surveyId = survey?.id as string;
    const invitations = await insertInvitations(
      tx,
      set.invited.map((i) => ({ surveyId, invitee: i.key, kind: i.kind })),
    );
    const byInvitee = new Map(invitations.map((i) => [i.invitee, i.id]));
    await insertResponses(
      tx,
      set.responses.map((r) => ({
        surveyId,
        invitationId: byInvitee.get(r.invitee) as string,
        answers: checkAnswers(definition, r.answers, true).answers,
        version: 1,
        submittedAt: closedAt,
      })),
    );
  });
}
