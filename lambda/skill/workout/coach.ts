import {
  type ExerciseStats,
  type HistorySession,
  planWorkout,
  type RuleResult,
  type TrainingProfile,
  type WorkoutPlan,
} from '../../rules';
import type { LiftSnapshot, Profile } from '../../store';

// The bridge between stored items and the rules module: the rules decide, this only reshapes data.

/** The profile as the rules read it, or null while onboarding is unfinished. */
export function trainingProfile(profile: Profile | null): TrainingProfile | null {
  if (!profile?.goal || !profile.level || !profile.unit) return null;
  return {
    goal: profile.goal,
    level: profile.level,
    unit: profile.unit,
    // A lifter who never named their equipment is planned for a full gym; they can narrow it by voice.
    equipment: profile.equipment.length > 0 ? profile.equipment : ['full-gym'],
    statedMaxes: Object.fromEntries(
      Object.entries(profile.statedMaxes).map(([exerciseId, stated]) => [exerciseId, stated.oneRepMax]),
    ),
  };
}

export function exerciseStats(stats: Record<string, LiftSnapshot>): ExerciseStats[] {
  return Object.values(stats).map((entry) => ({
    exerciseId: entry.exerciseId,
    estimatedOneRepMax: entry.estimatedOneRepMax,
    progression: entry.progression,
    progressionByFocus: entry.progressionByFocus,
  }));
}

/** Past sessions as the rules' schedule needs them, rebuilt from each lift's latest session. */
export function trainingHistory(stats: Record<string, LiftSnapshot>): HistorySession[] {
  const sessions = new Map<string, HistorySession>();
  for (const entry of Object.values(stats)) {
    const session = entry.session;
    if (!session) continue;
    const known = sessions.get(session.workoutId) ?? {
      date: session.startedAt,
      focus: session.focus,
      exerciseIds: [],
      hard: false,
    };
    known.exerciseIds.push(entry.exerciseId);
    // Working sets logged means the muscles were trained hard enough to need their 48 hours.
    known.hard ||= session.workingSets > 0;
    sessions.set(session.workoutId, known);
  }
  return [...sessions.values()];
}

export function planToday(
  profile: TrainingProfile,
  stats: Record<string, LiftSnapshot>,
  now: Date,
): RuleResult<WorkoutPlan> {
  return planWorkout({
    profile,
    stats: exerciseStats(stats),
    history: trainingHistory(stats),
    now: now.toISOString(),
  });
}
