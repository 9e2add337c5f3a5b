import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What finished, so a second run updates and an interrupted run resumes. */
export interface DeployProgress {
  /** The skill's manifest finished creating (the create call returned before it had). */
  skillReady?: boolean;
  /** The stack deployed from these inputs, and what it gave back. */
  stack?: { fingerprint: string; region: string; functionArn: string; tableName?: string };
  /** The skill package deployed from this content; modelBuilt once every locale's model built. */
  skillPackage?: { fingerprint: string; modelBuilt: boolean };
  enabledStage?: string;
  /** false from a run's start until its last step finished: a false here means resume. */
  runFinished?: boolean;
  /** The step the last unfinished run stopped at. */
  stoppedAt?: string;
}

/**
 * `.ask/ask-states.json` (git-ignored): the ASK CLI's own file, so `ask` commands run by hand
 * still find the skill id under profiles.<ask profile>.skillId; Lift Coach's progress sits beside
 * it under liftCoachDeploy.<ask profile>.
 */
interface StatesFile {
  askcliStatesVersion?: string;
  profiles?: Record<string, { skillId?: string } & Record<string, unknown>>;
  liftCoachDeploy?: Record<string, DeployProgress>;
  [key: string]: unknown;
}

export const statesPath = '.ask/ask-states.json';

/** The state file exists but cannot be read; guessing would risk creating a second skill. */
export class UnreadableState extends Error {
  override readonly name = 'UnreadableState';
}

export class DeployState {
  private constructor(
    private readonly file: string,
    private readonly content: StatesFile,
    readonly askProfile: string,
  ) {}

  static load(projectRoot: string, askProfile: string): DeployState {
    const file = join(projectRoot, statesPath);
    if (!existsSync(file)) return new DeployState(file, {}, askProfile);
    try {
      return new DeployState(file, JSON.parse(readFileSync(file, 'utf8')) as StatesFile, askProfile);
    } catch (error) {
      throw new UnreadableState(
        `${statesPath} is not valid JSON (${(error as Error).message}): fix it, or move it away to start over with a new skill.`,
      );
    }
  }

  get skillId(): string | undefined {
    return this.content.profiles?.[this.askProfile]?.skillId || undefined;
  }

  get progress(): DeployProgress {
    return this.content.liftCoachDeploy?.[this.askProfile] ?? {};
  }

  /** Written at once: the id must survive a crash one line later, or the next run creates a twin. */
  rememberSkill(skillId: string): void {
    this.content.askcliStatesVersion ??= '2020-03-31';
    const profiles = this.content.profiles ?? {};
    profiles[this.askProfile] = { ...profiles[this.askProfile], skillId };
    this.content.profiles = profiles;
    this.update({ skillReady: false });
  }

  update(change: Partial<DeployProgress>): void {
    this.setProgress({ ...this.progress, ...change });
  }

  /** After the skill is deleted: the next deploy creates a new one. */
  forgetSkill(): void {
    const profile = this.content.profiles?.[this.askProfile];
    if (profile) delete profile.skillId;
    if (this.content.liftCoachDeploy) delete this.content.liftCoachDeploy[this.askProfile];
    this.save();
  }

  forgetStack(): void {
    const { stack: _gone, ...rest } = this.progress;
    this.setProgress(rest);
  }

  private setProgress(progress: DeployProgress): void {
    this.content.liftCoachDeploy = { ...this.content.liftCoachDeploy, [this.askProfile]: progress };
    this.save();
  }

  private save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(this.content, null, 2)}\n`);
  }
}
