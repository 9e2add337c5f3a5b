import { SkillError } from './errors';

export interface SkillConfig {
  /** Requests from any other skill id are rejected; undefined only in a local run without one. */
  skillId: string | undefined;
  tableName: string | undefined;
}

/**
 * In the cloud a missing SKILL_ID would accept requests from any skill and a missing TABLE_NAME would
 * fail every turn, so the module refuses to load there (fail closed). Locally the console and the
 * tests set them, and TABLE_NAME may arrive after the module loaded (a test's fresh table).
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  const inCloud =
    Boolean(env.AWS_LAMBDA_FUNCTION_NAME) && env.AWS_SAM_LOCAL !== 'true' && !env.LIFT_COACH_LOCAL;
  const skillId = env.SKILL_ID?.trim() || undefined;
  const tableName = env.TABLE_NAME?.trim() || undefined;
  if (inCloud) {
    const missing = [skillId ? null : 'SKILL_ID', tableName ? null : 'TABLE_NAME'].filter(Boolean);
    if (missing.length > 0) {
      throw new SkillError(
        `Lift Coach skill Lambda is missing ${missing.join(' and ')} in its environment; refusing to start.`,
      );
    }
  }
  return { skillId, tableName };
}

/** The table of this turn: TABLE_NAME as set now (tests give each file a fresh table). */
export function currentTableName(config: SkillConfig, env: NodeJS.ProcessEnv = process.env): string {
  const name = config.tableName ?? (env.TABLE_NAME?.trim() || undefined);
  if (!name) throw new SkillError('TABLE_NAME is not set: the skill has no table to use.');
  return name;
}
