import { addWorkingDays, japanDay } from '../../../core/desk/index.ts';
import type { Db } from '../../db/client.ts';
import {
  countConsultations,
  insertConsultation,
  insertEvent,
  insertReferral,
  organizationsByKey,
} from './desk.queries.ts';

// The demo desk: three invented consultations, every one marked illustrative (the companies and people do
// not exist), placed relative to the day the demo is seeded so their targets stay meaningful. The partner
// they are referred to, 21あおもり産業総合支援センター (the prefecture's industrial support centre), is a real
// organisation of the demo directory; the demo agency account belongs to it.

export const demoPartnerKey = '21aomori';
const day = 24 * 60 * 60 * 1000;

/** Adds the demo consultations once, on a desk that has none; the directory must be loaded first. */
export async function loadDemoDesk(db: Db, now: Date, memberOrganizationKey: string) {
  if ((await countConsultations(db)) > 0) return;
  const orgs = new Map(
    (await organizationsByKey(db, [demoPartnerKey, memberOrganizationKey])).map((o) => [o.key, o]),
  );
  const partner = orgs.get(demoPartnerKey);
  const member = orgs.get(memberOrganizationKey);
  const system = { actorName: 'demo', actorId: null };
  const dues = (receivedAt: Date, first: number, close: number) => ({
    firstAnswerDue: addWorkingDays(japanDay(receivedAt), first),
    closeDue: addWorkingDays(japanDay(receivedAt), close),
  });

  // A foreign supplier through the public form, in English, triaged and waiting for the partner.
  const webAt = new Date(now.getTime() - 2 * day);
  const web = await insertConsultation(db, {
    channel: 'web',
    companyName: 'Example Vacuum Components Ltd. (illustrative)',
    contactName: 'Alex Example',
    email: 'alex@example.com',
    topic: 'export',
    message:
      'We make ultra-high-vacuum flanges and would like to find a local partner for assembly near Rokkasho. ' +
      'Which support programmes exist for opening a small site? (Illustrative demo consultation.)',
    language: 'en',
    status: 'triaged',
    priority: 'normal',
    receivedAt: webAt,
    ...dues(webAt, 2, 20),
    illustrative: true,
  });
  await insertEvent(db, {
    consultationId: web,
    kind: 'opened',
    audience: 'company',
    ...system,
    data: { channel: 'web' },
    at: webAt,
  });
  await insertEvent(db, {
    consultationId: web,
    kind: 'triaged',
    audience: 'partners',
    ...system,
    data: { priority: 'normal' },
    at: webAt,
  });
  if (partner) {
    const referral = await insertReferral(db, {
      consultationId: web,
      organizationId: partner.id,
      referredAt: webAt,
    });
    await insertEvent(db, {
      consultationId: web,
      kind: 'referred',
      audience: 'partners',
      ...system,
      organizationId: partner.id,
      body: 'Siting support and programmes for a small assembly site (illustrative).',
      data: { referral },
      at: webAt,
    });
  }

  // A call to the desk about land, answered and closed with a follow-up.
  const phoneAt = new Date(now.getTime() - 30 * day);
  const phone = await insertConsultation(db, {
    channel: 'phone',
    companyName: '例示：株式会社サンプル精工',
    contactName: '例示 太郎',
    phone: '017-000-0000',
    topic: 'siting',
    message: '六ヶ所村周辺で 2,000 m² 程度の工場用地を探しています。（デモ用の例示の相談です）',
    language: 'ja',
    status: 'closed',
    priority: 'high',
    receivedAt: phoneAt,
    ...dues(phoneAt, 2, 30),
    firstAnsweredAt: new Date(phoneAt.getTime() + day),
    closedAt: new Date(phoneAt.getTime() + 10 * day),
    followUpOn: japanDay(new Date(now.getTime() + 60 * day)),
    illustrative: true,
  });
  await insertEvent(db, {
    consultationId: phone,
    kind: 'opened',
    audience: 'company',
    ...system,
    data: { channel: 'phone' },
    at: phoneAt,
  });
  await insertEvent(db, {
    consultationId: phone,
    kind: 'answer',
    audience: 'company',
    ...system,
    body: '候補地の一覧と、立地のワークベンチでの比較方法をご案内しました。（例示）',
    at: new Date(phoneAt.getTime() + day),
  });
  await insertEvent(db, {
    consultationId: phone,
    kind: 'closed',
    audience: 'company',
    ...system,
    data: { followUpOn: japanDay(new Date(now.getTime() + 60 * day)) },
    at: new Date(phoneAt.getTime() + 10 * day),
  });

  // The demo member's own question in the app, not yet triaged.
  if (member) {
    const appAt = new Date(now.getTime() - 3 * 60 * 60 * 1000);
    const app = await insertConsultation(db, {
      channel: 'app',
      organizationId: member.id,
      companyName: 'Kyoto Fusioneering (demo member)',
      contactName: 'Demo member',
      email: 'member@demo.fusion-cluster.jp',
      topic: 'funding',
      message: 'Which subsidies could co-fund a test stand in Aomori? (Illustrative demo consultation.)',
      language: 'en',
      receivedAt: appAt,
      illustrative: true,
    });
    await insertEvent(db, {
      consultationId: app,
      kind: 'opened',
      audience: 'company',
      ...system,
      data: { channel: 'app' },
      at: appAt,
    });
  }
}
