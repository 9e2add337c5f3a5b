import { type LiftStats, type LoggedSet, type SetRecord, setIdentity } from '../store';
import { withBothFocusesMeasured, withoutBodyweightMax } from './bodyweight-best';
import { heaviest, latestEstimate, nextProgression, sessionEstimate, withSession } from './lift-stats';

type LiftSession = NonNullable<LiftStats['session']>;

/**
 * The lift's stats with one working set of its latest session taken back ("undo that"), exactly as
 * folding the remaining sets gives them: the max is folded again set by set from the max the session
 * opened with (so a high-rep set's chart proof and the 5% ceiling stay), the next targets come from
 * the remaining sets (the targets the session started from when none remain), and the session's
 * recent entry is rebuilt or dropped. Pure; the personal record is rebuilt from the history by the caller.
 */
export function statsWithoutSessionSet(stats: LiftStats, setKey: string, withdrawn: LoggedSet): LiftStats {
  const setId = setIdentity(setKey);
  const session = stats.session;
  if (session?.workoutId !== withdrawn.workoutId || !session.sets.some((set) => set.id === setId))
    return stats;
  const sets = session.sets.filter((set) => set.id !== setId);
  const estimatedOneRepMax = refoldedMax(sets, session, stats, withdrawn);
  const progression =
    sets.length > 0 ? nextProgression(withdrawn, session.base, sets, estimatedOneRepMax) : null;
  const restored = progression?.ok ? progression.state : sets.length > 0 ? stats.progression : session.base;
  const others = (stats.recent ?? []).filter((known) => known.at !== session.startedAt);
  const undone = withoutBodyweightMax({
    ...stats,
    estimatedOneRepMax,
    recent:
      sets.length > 0
        ? withSession(others, { at: session.startedAt, max: sessionEstimate(sets), top: heaviest(sets) })
        : others,
    progression: restored,
    progressionByFocus: focusTargetsWithout(stats, session, restored, withdrawn),
    session: { ...session, sets },
  });
  return restored && sets.length > 0
    ? withBothFocusesMeasured(undone, withdrawn, { ...session, sets })
    : undone;
}

/**
 * Each focus's targets once the set is gone. The session's own focus gets what the remaining sets
 * earned, or what it opened with; a lift's first session opened with none, so none are kept (the
 * withdrawn set's would otherwise still plan the next session). The other focus's targets stay,
 * unless this session's first set measured a bodyweight lift for both (withBothFocusesMeasured):
 * those are taken back with it and measured again from the remaining sets.
 */
function focusTargetsWithout(
  stats: LiftStats,
  session: LiftSession,
  restored: LiftStats['progression'],
  withdrawn: LoggedSet,
): LiftStats['progressionByFocus'] {
  const targets = { ...stats.progressionByFocus };
  if (restored) targets[restored.focus] = restored;
  else delete targets[session.focus];
  const other = session.focus === 'strength' ? 'hypertrophy' : 'strength';
  const opening = session.sets[0];
  const measuredHere =
    withdrawn.goal === 'both' && !session.base && opening && targets[other]?.updatedAt === opening.at;
  if (measuredHere) delete targets[other];
  return Object.keys(targets).length > 0 ? targets : undefined;
}

/** The max after the remaining sets, folded one at a time from the one the session opened with. */
function refoldedMax(
  sets: readonly SetRecord[],
  session: LiftSession,
  stats: LiftStats,
  withdrawn: LoggedSet,
): LiftStats['estimatedOneRepMax'] {
  // Sessions stored before the opening max was kept: the best the remaining sets say, as before.
  if (session.openingMax === undefined) {
    return sessionEstimate(sets) ?? (sets.length > 0 ? stats.estimatedOneRepMax : null);
  }
  let max = session.openingMax;
  for (let count = 1; count <= sets.length; count += 1) {
    max = latestEstimate(sets.slice(0, count), max, {
      goal: withdrawn.goal,
      focus: session.focus,
      openingMax: session.openingMax,
    });
  }
  return max;
}
