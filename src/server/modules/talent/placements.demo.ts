import type { Db } from '../../db/client.ts';
import { insertEnrolment, takeSeat } from './enrolments.queries.ts';
import { upsertProfile } from './openings.queries.ts';
import { insertCohort, programmeIdByKey } from './talent.queries.ts';

// The demo graduate is invented (illustrative): a past cohort of the illustrative KOSEN course, completed, and
// a profile that opted in to be shown to employers, so a member company posting an opening sees a matched
// graduate with its reasons. No job opening is invented: the demo companies are real and post no such ads.

const course = 'hachinohe-kosen-fusion-technician';

export async function loadPlacementDemo(db: Db, graduate: { id: string; name: string; email: string }) {
  const programmeId = await programmeIdByKey(db, course);
  if (!programmeId) return;
  const cohort = await insertCohort(db, {
    programmeId,
    startOn: '2025-09-01',
    capacity: 20,
    illustrative: true,
  });
  if (!(await takeSeat(db, cohort.id))) return;
  await insertEnrolment(db, {
    cohortId: cohort.id,
    traineeUserId: graduate.id,
    traineeName: graduate.name,
    traineeEmail: graduate.email,
    status: 'completed',
    qualification: '修了証（例示） / Certificate (illustrative)',
    endedOn: '2026-08-28',
    illustrative: true,
  });
  await upsertProfile(db, {
    userId: graduate.id,
    visibleToEmployers: true,
    prefecture: '青森県',
    municipality: '八戸市',
    illustrative: true,
  });
}
