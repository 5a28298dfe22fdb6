import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { getEventRow, lockEvent } from './events.queries.ts';
import { replaceTourSlots, slotRegistrations, type TourSlotRow, tourSlotsOf } from './tours.queries.ts';

// An open factory's tour slots (issue 17): several tours a day, each with its own places. Registration picks a
// slot (events.service.ts register), under the event's and then the slot's row lock.

type Ctx = { db: Db; now: Date; user: AuthUser | null };

export const slotOut = (x: TourSlotRow) => ({
  id: x.id,
  startsAt: x.startsAt.toISOString(),
  endsAt: x.endsAt.toISOString(),
  capacity: x.capacity,
  taken: x.confirmedCount,
  left: x.capacity - x.confirmedCount,
});

export async function tourSlots(db: Db, eventId: string) {
  return (await tourSlotsOf(db, eventId)).map(slotOut);
}

const notFound = () =>
  new AppError('not_found', say({ ja: 'イベントが見つかりません', en: 'Event not found' }));

/**
 * The organiser sets the tours (all at once). Each lies within the event, starts once, and together they
 * offer no more places than the event has; once anyone has registered for a slot, they stay as they are.
 */
export async function setTourSlots(
  ctx: Ctx,
  user: AuthUser,
  eventId: string,
  input: { slots: { startsAt: string; endsAt: string; capacity: number }[] },
) {
  const viewer = { admin: user.role === 'admin', userId: user.id, organizationId: user.organizationId };
  const event = await getEventRow(ctx.db, eventId, viewer);
  if (!event) throw notFound();
  if (user.role !== 'admin' && user.organizationId !== event.organizerOrganizationId) throw forbidden();
  if (event.kind !== 'open-factory')
    throw new AppError(
      'conflict',
      say({
        ja: '見学枠はオープンファクトリーだけに設定できます',
        en: 'Only an open factory has tour slots',
      }),
      [{ path: 'body.slots', message: say({ ja: '種類が違います', en: `not for a ${event.kind}` }) }],
    );
  const issues: ErrorDetail[] = [];
  const seen = new Set<number>();
  const slots = input.slots.map((x, i) => {
    const startsAt = new Date(x.startsAt);
    const endsAt = new Date(x.endsAt);
    if (startsAt < event.startsAt || startsAt >= event.endsAt)
      issues.push({
        path: `body.slots[${i}].startsAt`,
        message: say({ ja: 'イベントの時間内にしてください', en: 'must be within the event' }),
      });
    else if (seen.has(startsAt.getTime()))
      issues.push({
        path: `body.slots[${i}].startsAt`,
        message: say({ ja: '同じ開始時刻の枠があります', en: 'another slot starts at the same time' }),
      });
    seen.add(startsAt.getTime());
    if (endsAt <= startsAt || endsAt > event.endsAt)
      issues.push({
        path: `body.slots[${i}].endsAt`,
        message: say({
          ja: '開始より後、イベント終了までにしてください',
          en: 'must be after its start and no later than the event ends',
        }),
      });
    return { startsAt, endsAt, capacity: x.capacity };
  });
  const places = slots.reduce((n, x) => n + x.capacity, 0);
  if (places > event.capacity)
    issues.push({
      path: 'body.slots',
      message: say({
        ja: `枠の定員の合計（${places}）がイベントの定員（${event.capacity}）を超えています`,
        en: `the slots offer ${places} places, more than the event's ${event.capacity}`,
      }),
    });
  if (issues.length) throw invalidFields(issues);
  await ctx.db.transaction(async (tx) => {
    const locked = (await lockEvent(tx, eventId))!;
    if ((await slotRegistrations(tx, eventId)) > 0 || (slots.length && locked.confirmedCount > 0))
      throw new AppError(
        'conflict',
        say({
          ja: '申込のあるイベントの見学枠は変更できません',
          en: 'The tour slots cannot change once people have registered',
        }),
        [{ path: 'body.slots', message: say({ ja: '申込があります', en: 'registrations exist' }) }],
      );
    await replaceTourSlots(tx, eventId, slots);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'event',
      entityId: eventId,
      entityKey: event.key,
      changes: { tourSlots: slots.length },
    });
  });
  return { items: await tourSlots(ctx.db, eventId) };
}
