import { describe, expect, it } from 'vitest';
import type { EquipmentAccess, Goal, HistorySession, Level } from '../../lambda/rules';
import { balanceSide, findExercise, planWorkout } from '../../lambda/rules';

// Issue #12 item 8: "never plan a lift the lifter has no equipment for. The dumbbells-only plan
// should mostly be dumbbell lifts"; item 7: "Balance push/pull and squat/hinge across the week".
// The source (line 34): strength means "heavier compound lifts with free weights" — for a lifter
// whose free weights are dumbbells, that is dumbbell lifts, not push-ups and air squats.

const start = Date.parse('2026-11-02T07:30:00.000Z');
const DAY_MS = 86_400_000;

/** A fortnight of plans, each trained and put back as history. */
function fortnight(goal: Goal, level: Level, equipment: EquipmentAccess[]): string[] {
  const history: HistorySession[] = [];
  const ids: string[] = [];
  for (let day = 0; day < 14; day += 1) {
    const now = new Date(start + day * DAY_MS).toISOString();
    const planned = planWorkout({
      profile: { goal, level, unit: 'kg', equipment, statedMaxes: {} },
      stats: [],
      history,
      now,
    });
    if (!planned.ok) throw new Error(planned.error.code);
    if (planned.value.kind === 'rest') continue;
    const today = planned.value.exercises.map((exercise) => exercise.exerciseId);
    history.push({ date: now, focus: planned.value.focus, exerciseIds: today, hard: true });
    ids.push(...today);
  }
  return ids;
}

const goals: Goal[] = ['hypertrophy', 'strength', 'both'];
const levels: Level[] = ['beginner', 'intermediate', 'advanced'];
const ownEquipment = ['dumbbells', 'machines'] as const;
const grid = goals.flatMap((goal) =>
  levels.flatMap((level) => ownEquipment.map((equipment) => [goal, level, equipment] as const)),
);
const side = (id: string) => {
  const exercise = findExercise(id);
  return exercise ? balanceSide(exercise) : null;
};

describe('a fortnight on dumbbells or machines alone', () => {
  it.each(grid)(
    '%s %s, %s: push, pull, squat and hinge each on a lift it loads',
    (goal, level, equipment) => {
      const ids = fortnight(goal, level, [equipment]);
      for (const movement of ['push', 'pull', 'squat', 'hinge'] as const) {
        const loaded = ids.filter((id) => side(id) === movement && findExercise(id)?.equipment === equipment);
        expect(loaded.length, `${movement}: ${ids.join(' ')}`).toBeGreaterThan(0);
      }
    },
  );

  it.each(grid)('%s %s, %s: mostly lifts of that equipment', (goal, level, equipment) => {
    const ids = fortnight(goal, level, [equipment]);
    const own = ids.filter((id) => findExercise(id)?.equipment === equipment);
    expect(own.length / ids.length, ids.join(' ')).toBeGreaterThan(0.6);
  });

  it.each(grid)('%s %s, %s: squats match hinges within a quarter', (goal, level, equipment) => {
    const ids = fortnight(goal, level, [equipment]);
    const squats = ids.filter((id) => side(id) === 'squat').length;
    const hinges = ids.filter((id) => side(id) === 'hinge').length;
    expect(
      Math.abs(squats - hinges),
      `${squats} squats, ${hinges} hinges: ${ids.join(' ')}`,
    ).toBeLessThanOrEqual(Math.ceil(Math.max(squats, hinges) / 4));
  });

  it('advanced strength on dumbbells presses the dumbbells on the bench', () => {
    expect(fortnight('strength', 'advanced', ['dumbbells'])).toContain('dumbbell-bench-press');
  });
});
