import { type Button, renderScreen, type Screen, screenFrom, type TapResult, tap } from './apl-screen';

/**
 * The console's Echo Show: the last APL document the skill sent, drawn as `▌` lines, and touches on
 * it. Emulated time passes `timeScale` times faster than real time, like the timers' countdowns.
 */
export class ConsoleScreen {
  private shown: Screen | undefined;

  constructor(
    private readonly timeScale: () => number,
    private readonly printLine: (text: string) => void,
  ) {}

  /** Only differences are read, so real time scaled is the emulated clock. */
  private now(): number {
    return Date.now() * this.timeScale();
  }

  show(directive: Parameters<typeof screenFrom>[0]): void {
    this.shown = screenFrom(directive, this.now());
    this.draw();
  }

  /** The screen as text now (the countdown where it has got to); empty before any document. */
  text(): string {
    return this.shown ? renderScreen(this.shown, this.now()).join('\n') : '';
  }

  get token(): string {
    return this.shown?.token ?? '';
  }

  /** A touch: what the device sends, or nothing when it only changed what it shows (drawn again). */
  touch(button: Button): TapResult {
    const touched = tap(this.shown, button);
    if (touched.kind === 'local') this.draw();
    return touched;
  }

  private draw(): void {
    if (!this.shown) return;
    for (const line of renderScreen(this.shown, this.now())) this.printLine(`▌ ${line}`);
  }
}
