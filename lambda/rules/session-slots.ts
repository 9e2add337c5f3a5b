import { balanceSide, HEAVY_HINGES_PER_WEEK, isHeavyHinge, type Movement, movementOf } from './movements';
import type { SessionVariant } from './schedule';
import type { Exercise, MuscleGroup, SplitDay } from './types';

// What each split day trains, as two sessions (A and B) that alternate. Each slot asks for a
// movement; a day's lifts fill its slots in order, so a shorter session drops the last slots. The
// pairs balance across the week: as many pushes as pulls, as many squats as hinges, and a heavy
// barbell hinge (deadlift, Romanian deadlift) at most about twice a week.

export interface Slot {
  movement: Movement;
  /** Hinges only: true prefers a heavy barbell hinge, false keeps heavy hinges out. */
  heavy?: boolean;
  /** Which ranked lift for the movement the slot prefers (0 is the best): B's differ from A's. */
  prefer?: number;
}

const s = (movement: Movement, options: Omit<Slot, 'movement'> = {}): Slot => ({ movement, ...options });

const templates: Record<SplitDay, Record<SessionVariant, Slot[]>> = {
  'full-body': {
    A: [
      s('squat'),
      s('horizontal-push'),
      s('vertical-pull'),
      s('hinge', { heavy: false }),
      s('push-accessory'),
      s('pull-accessory'),
    ],
    B: [
      s('hinge', { heavy: true }),
      s('vertical-push'),
      s('horizontal-pull'),
      s('squat', { prefer: 1 }),
      s('pull-accessory'),
      s('push-accessory'),
    ],
  },
  upper: {
    A: [
      s('horizontal-push'),
      s('horizontal-pull'),
      s('vertical-push'),
      s('vertical-pull'),
      s('pull-accessory'),
      s('push-accessory'),
    ],
    B: [
      s('vertical-push', { prefer: 1 }),
      s('vertical-pull', { prefer: 1 }),
      s('horizontal-push', { prefer: 1 }),
      s('horizontal-pull', { prefer: 1 }),
      s('push-accessory'),
      s('pull-accessory'),
    ],
  },
  lower: {
    A: [
      s('squat'),
      s('hinge', { heavy: true }),
      s('squat'),
      s('hinge', { heavy: false }),
      s('leg-accessory'),
    ],
    B: [
      s('hinge', { heavy: true, prefer: 1 }),
      s('squat', { prefer: 1 }),
      s('hinge', { heavy: false }),
      s('squat'),
      s('leg-accessory'),
    ],
  },
  push: {
    A: [
      s('horizontal-push'),
      s('vertical-push'),
      s('horizontal-push'),
      s('push-accessory'),
      s('push-accessory'),
    ],
    B: [
      s('vertical-push', { prefer: 1 }),
      s('horizontal-push', { prefer: 1 }),
      s('horizontal-push', { prefer: 2 }),
      s('push-accessory'),
      s('push-accessory'),
    ],
  },
  pull: {
    A: [
      s('vertical-pull'),
      s('horizontal-pull'),
      s('vertical-pull'),
      s('horizontal-pull'),
      s('pull-accessory'),
    ],
    B: [
      s('horizontal-pull', { prefer: 1 }),
      s('vertical-pull', { prefer: 1 }),
      s('horizontal-pull', { prefer: 2 }),
      s('vertical-pull', { prefer: 2 }),
      s('pull-accessory'),
    ],
  },
  legs: {
    A: [
      s('squat'),
      s('hinge', { heavy: true }),
      s('squat'),
      s('hinge', { heavy: false }),
      s('leg-accessory'),
    ],
    B: [
      s('hinge', { heavy: true, prefer: 1 }),
      s('squat', { prefer: 1 }),
      s('hinge', { heavy: false }),
      s('squat', { prefer: 2 }),
      s('leg-accessory'),
    ],
  },
};

export function sessionSlots(day: SplitDay, variant: SessionVariant): readonly Slot[] {
  return templates[day][variant];
}

// When equipment leaves a movement empty, its sibling keeps the push/pull balance.
const sibling: Partial<Record<Movement, Movement>> = {
  'horizontal-push': 'vertical-push',
  'vertical-push': 'horizontal-push',
  'horizontal-pull': 'vertical-pull',
  'vertical-pull': 'horizontal-pull',
};

function candidatesFor(slot: Slot, movement: Movement, ranked: readonly Exercise[], heavyAllowed: boolean) {
  const matching = ranked.filter((exercise) => movementOf(exercise) === movement);
  if (movement !== 'hinge') return matching;
  const light = matching.filter((exercise) => !isHeavyHinge(exercise.id));
  if (!slot.heavy || !heavyAllowed) return light;
  return [...matching.filter((exercise) => isHeavyHinge(exercise.id)), ...light];
}

const pressMovements: ReadonlySet<Movement> = new Set(['horizontal-push', 'vertical-push']);
const pressMuscles: ReadonlySet<MuscleGroup> = new Set(['chest', 'shoulders', 'triceps']);

/**
 * The most presses a push day may hold: as many as the pulls the next day can answer with, the
 * lifter's pulls that work none of the muscles presses tire (a pullover shares the chest, so the
 * 48 hours keep it off the pull day). A full gym has rows and pull-ups to spare; dumbbells alone
 * have two rows.
 */
export function pressesAnswered(day: SplitDay, pool: readonly Exercise[]): number {
  if (day !== 'push') return Number.POSITIVE_INFINITY;
  const answers = pool.filter(
    (exercise) =>
      balanceSide(exercise) === 'pull' && exercise.muscles.every((muscle) => !pressMuscles.has(muscle)),
  );
  return Math.max(1, answers.length);
}

/**
 * Lifts for a session's slots from `ranked` (best first), at most `count`; `mostPresses` caps the
 * horizontal and vertical pushes (`pressesAnswered`). `heavyHingesThisWeek` is
 * how many heavy hinges the last seven days held: at the weekly cap a heavy slot takes a light hinge.
 */
export function fillSlots(
  slots: readonly Slot[],
  ranked: readonly Exercise[],
  count: number,
  heavyHingesThisWeek: number,
  mostPresses = Number.POSITIVE_INFINITY,
): Exercise[] {
  const chosen: Exercise[] = [];
  let heavyHinges = heavyHingesThisWeek;
  for (const slot of slots) {
    if (chosen.length >= count) break;
    const presses = chosen.filter((exercise) => balanceSide(exercise) === 'push').length;
    if (pressMovements.has(slot.movement) && presses >= mostPresses) continue;
    const movements = [slot.movement, sibling[slot.movement]].filter((movement) => movement !== undefined);
    for (const movement of movements) {
      const candidates = candidatesFor(slot, movement, ranked, heavyHinges < HEAVY_HINGES_PER_WEEK);
      const unused = candidates.filter((exercise) => !chosen.includes(exercise));
      const prefer = slot.prefer ?? 0;
      const preferred = candidates.length > prefer ? candidates.slice(prefer) : candidates;
      const pick = preferred.find((exercise) => !chosen.includes(exercise)) ?? unused[0];
      if (!pick) continue;
      chosen.push(pick);
      if (isHeavyHinge(pick.id)) heavyHinges += 1;
      break;
    }
  }
  return chosen;
}
