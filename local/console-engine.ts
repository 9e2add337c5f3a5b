import type { interfaces, RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { type AlexaSession, type AskForStatus, timersPermissionScope } from './alexa-requests';
import type { Button } from './apl-screen';
import { type ConsoleClock, ConsoleClockError, clockCommand } from './console-clock';
import { describeResolution, isIntent, permissionQuestion, speechText } from './console-format';
import { ConsoleScreen } from './console-screen';
import { type ReminderRang, remindersPermissionScope } from './reminders-api';
import { invokeSkill, type LambdaHandler } from './skill-runtime';
import type { TimerEnded, TimersEmulator } from './timers-emulator';
import type { UtteranceResolver } from './utterance-resolver';

/**
 * The conversation loop of the voice console without any terminal: typed text in, what Alexa
 * would say out (through `print`). The REPL and the script runner both drive it.
 */
export type ConsoleLine =
  | { kind: 'alexa'; text: string }
  | { kind: 'card'; title: string; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'error'; text: string };

export interface TurnOutcome {
  /** False when the words were not understood (fallback intent, or a slot Alexa could not resolve). */
  understood: boolean;
  /** Set when the skill failed: it threw, answered something unplayable, or logged an error. */
  error?: string;
}

export interface ConsoleEngineOptions {
  session: AlexaSession;
  resolver: UtteranceResolver;
  skill: LambdaHandler<RequestEnvelope, ResponseEnvelope>;
  timers: TimersEmulator;
  print: (line: ConsoleLine) => void;
  /** Whether the device has a screen: APL documents are rendered as text and `tap …` touches them. */
  screen: boolean;
  /** Runs before each request, e.g. letting the stream pipeline catch up as it would between turns. */
  beforeTurn?: () => Promise<void>;
  /** Errors the skill logged during the last turn (structured ERROR lines). */
  takeLoggedErrors?: () => string[];
  /** Alexa remembers a granted permission for the account (the console keeps it between runs). */
  onPermissionGranted?: (scope: string) => void;
  /** Show the intent and slots each line resolved to. */
  verbose?: boolean;
  /** The clock request timestamps follow; reminders ring on it. */
  clock?: ConsoleClock;
}

type Pending =
  | { kind: 'ask-for'; scope: string }
  | { kind: 'task-confirm'; task: { name: string; version: string; input?: Record<string, unknown> } };

export class ConsoleEngine {
  /** Everything Alexa said since the user's last line (speech, permission questions, timers). */
  heard: string[] = [];
  lastReprompt = '';
  lastCard = '';
  /** What the screen shows (with `screen`): the last APL document rendered. */
  readonly screen: ConsoleScreen;
  private pending: Pending | undefined;
  private repromptUsed = false;
  private readonly unsubscribe: () => void;
  private readonly stopReminders: () => void;
  /**
   * Timers that end while a request is with the skill: at a high time scale a rest can be over
   * before the response that set it is printed. They are told after that response, as on an Echo.
   */
  private turnInFlight = false;
  private timersEndedDuringTurn: TimerEnded[] = [];

  constructor(private readonly options: ConsoleEngineOptions) {
    this.unsubscribe = options.timers.onTimerEnded((event) => this.timerEnded(event));
    this.stopReminders = options.timers.reminders.onRang((event) => this.reminderRang(event));
    this.screen = new ConsoleScreen(
      () => options.timers.timeScale,
      (text) => this.print({ kind: 'note', text }),
    );
  }

  get sessionOpen(): boolean {
    return !this.options.session.ended;
  }

  get awaiting(): Pending['kind'] | undefined {
    return this.pending?.kind;
  }

  dispose(): void {
    this.unsubscribe();
    this.stopReminders();
  }

  /**
   * "wait 2d", "wait until 6pm": the clock jumps. An open microphone closes first, as its
   * listening windows would; reminders due on the way ring, in order. Null when the line does not
   * move the clock (it is for Alexa); the REPL and scripts both move it here.
   */
  async moveClock(line: string): Promise<{ error?: string } | null> {
    const { clock } = this.options;
    let command: { advanceMs: number } | null;
    try {
      command = clockCommand(line, clock?.now() ?? new Date());
    } catch (error) {
      if (!(error instanceof ConsoleClockError)) throw error;
      return { error: error.message };
    }
    if (!command) return null;
    if (!clock) return { error: 'this console has no clock to move' };
    // What the jump brings (the microphone closing, reminders ringing) is heard afresh.
    this.heard = [];
    for (let window = 0; window < 3 && this.listening; window++) {
      const outcome = await this.listeningWindowPassed();
      if (outcome.error) return { error: outcome.error };
    }
    const now = clock.advance(command.advanceMs);
    this.print({
      kind: 'note',
      text: `(the clock now reads ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    });
    this.options.timers.reminders.ringDue();
    return {};
  }

  /** One line typed by the user; an empty line is a silent turn. */
  async hear(text: string): Promise<TurnOutcome> {
    if (text.trim() === '') return this.silence();
    const touch = /^tap (done|skip|ready|fewer|more)$/i.exec(text.trim());
    if (touch?.[1]) return this.touch(touch[1].toLowerCase() as Button);
    this.heard = [];
    const resolution = this.options.resolver.resolve(text);
    if (this.options.verbose) this.print({ kind: 'note', text: describeResolution(resolution) });
    const understood = resolution.kind === 'launch' || resolution.understood;
    const { session } = this.options;
    const pending = this.pending;
    this.pending = undefined;

    if (pending?.kind === 'ask-for') {
      const status: AskForStatus = isIntent(resolution, 'AMAZON.YesIntent')
        ? 'ACCEPTED'
        : isIntent(resolution, 'AMAZON.NoIntent')
          ? 'DENIED'
          : 'NOT_ANSWERED';
      if (status === 'ACCEPTED') {
        if (pending.scope === timersPermissionScope) this.options.timers.setPermissionGranted(true);
        if (pending.scope === remindersPermissionScope)
          this.options.timers.reminders.setPermissionGranted(true);
        this.options.onPermissionGranted?.(pending.scope);
      }
      this.print({ kind: 'note', text: `(permission ${status.toLowerCase().replace('_', ' ')})` });
      return { understood, ...(await this.send(session.askForResponse(status, pending.scope))) };
    }
    if (pending?.kind === 'task-confirm') {
      if (isIntent(resolution, 'AMAZON.YesIntent')) {
        const { name, version, input } = pending.task;
        return { understood, ...(await this.send(session.taskLaunch(name, version, input))) };
      }
      if (isIntent(resolution, 'AMAZON.NoIntent')) {
        this.say('Okay.');
        return { understood };
      }
    }
    if (resolution.kind === 'launch') return { understood, ...(await this.send(session.launch())) };
    if (session.ended && !resolution.oneShot) {
      this.print({
        kind: 'note',
        text: `(no session is open: sent as a one-shot, as if you said "tell ${this.options.resolver.invocationName} ${text.trim()}")`,
      });
    }
    return { understood, ...(await this.send(session.intent(resolution.intent, resolution.slots))) };
  }

  /** A touch on the screen: the UserEvent the document's button sends, or what the device changes itself. */
  async touch(button: Button): Promise<TurnOutcome> {
    this.heard = [];
    if (!this.options.screen) {
      this.print({ kind: 'error', text: '(no screen to touch: start the console with --screen)' });
      return { understood: false };
    }
    const touched = this.screen.touch(button);
    if (touched.kind === 'none') {
      this.print({ kind: 'note', text: `(tap ${button}: ${touched.reason})` });
      return { understood: false };
    }
    if (touched.kind === 'local') return { understood: true };
    const envelope = this.options.session.rawRequest('Alexa.Presentation.APL.UserEvent', {
      token: this.screen.token,
      arguments: touched.arguments,
      source: { type: 'TouchWrapper', handler: 'Press', id: button },
    });
    return { understood: true, ...(await this.send(envelope)) };
  }

  /** Nothing said: Alexa plays the reprompt once, then closes the session. */
  async silence(): Promise<TurnOutcome> {
    this.heard = [];
    if (!this.sessionOpen && this.pending?.kind !== 'ask-for') {
      this.pending = undefined;
      this.print({ kind: 'note', text: '(silence; no session is open)' });
      return { understood: true };
    }
    return this.listeningWindowPassed();
  }

  /** The microphone is open: Alexa is waiting for an answer (or for a permission question's). */
  get listening(): boolean {
    return this.sessionOpen || this.pending?.kind === 'ask-for';
  }

  /**
   * Alexa's listening window (about 8 s) passed with nothing said: the reprompt the first time,
   * then the session closes. What was heard before stays (a wait in a script keeps what it heard).
   */
  async listeningWindowPassed(): Promise<TurnOutcome> {
    if (this.pending?.kind === 'ask-for') {
      const { scope } = this.pending;
      this.pending = undefined;
      return {
        understood: true,
        ...(await this.send(this.options.session.askForResponse('NOT_ANSWERED', scope))),
      };
    }
    this.pending = undefined;
    if (!this.sessionOpen) return { understood: true };
    if (this.lastReprompt && !this.repromptUsed) {
      this.repromptUsed = true;
      this.say(this.lastReprompt);
      return { understood: true };
    }
    this.print({ kind: 'note', text: '(no answer: Alexa closes the session)' });
    return {
      understood: true,
      ...(await this.send(this.options.session.sessionEnded('EXCEEDED_MAX_REPROMPTS'))),
    };
  }

  private async send(envelope: RequestEnvelope): Promise<{ error?: string }> {
    try {
      await this.options.beforeTurn?.();
    } catch (error) {
      const message = `the progress pipeline failed: ${(error as Error).message}`;
      this.print({ kind: 'error', text: message });
      return { error: message };
    }
    this.options.takeLoggedErrors?.();
    this.turnInFlight = true;
    const result = await invokeSkill(this.options.skill, envelope).finally(() => {
      this.turnInFlight = false;
    });
    const logged = this.options.takeLoggedErrors?.() ?? [];
    if (!result.ok) {
      this.print({ kind: 'error', text: result.error });
      this.tellTimersEndedDuringTurn();
      return { error: result.error };
    }
    this.options.session.applyResponse(result.response);
    this.show(result.response, envelope.request.type === 'SessionEndedRequest');
    this.tellTimersEndedDuringTurn();
    if (logged.length > 0) {
      const error = `the skill logged an error: ${logged.join(' | ')}`;
      this.print({ kind: 'error', text: error });
      return { error };
    }
    return {};
  }

  private show(envelope: ResponseEnvelope, sessionEndedRequest: boolean): void {
    const { response } = envelope;
    const speech = speechText(response.outputSpeech);
    if (speech) this.say(speech);
    this.lastReprompt = speechText(response.reprompt?.outputSpeech);
    this.repromptUsed = false;
    this.lastCard = '';
    if (response.card) this.showCard(response.card);
    for (const directive of response.directives ?? []) this.showDirective(directive);
    if (!sessionEndedRequest && !this.sessionOpen) this.print({ kind: 'note', text: '(session ended)' });
  }

  private showCard(card: ui.Card): void {
    const title = 'title' in card ? (card.title ?? '') : '';
    const text =
      card.type === 'Simple' ? (card.content ?? '') : card.type === 'Standard' ? (card.text ?? '') : '';
    this.lastCard = `${title}\n${text}`;
    this.print(
      card.type === 'AskForPermissionsConsent' || card.type === 'LinkAccount'
        ? { kind: 'note', text: `(card: ${card.type})` }
        : { kind: 'card', title, text },
    );
  }

  private showDirective(directive: { type: string }): void {
    if (directive.type === 'Connections.SendRequest') {
      const request = directive as interfaces.connections.SendRequestDirective;
      const scope = String(
        (request.payload as { permissionScope?: unknown } | undefined)?.permissionScope ?? '',
      );
      if (request.name === 'AskFor') {
        this.pending = { kind: 'ask-for', scope };
        this.say(permissionQuestion(scope));
        return;
      }
      this.print({ kind: 'note', text: `(Connections.SendRequest ${request.name} is not emulated)` });
      return;
    }
    if (directive.type === 'Alexa.Presentation.APL.RenderDocument') {
      const token = (directive as { token?: string }).token ?? 'no token';
      if (!this.options.screen) {
        this.print({
          kind: 'error',
          text: `(an APL document "${token}" was sent to a device without a screen)`,
        });
        return;
      }
      this.screen.show(directive as Parameters<ConsoleScreen['show']>[0]);
      return;
    }
    this.print({ kind: 'note', text: `(directive ${directive.type})` });
  }

  private tellTimersEndedDuringTurn(): void {
    for (const event of this.timersEndedDuringTurn.splice(0)) this.timerEnded(event);
  }

  private timerEnded(event: TimerEnded): void {
    if (this.turnInFlight) {
      this.timersEndedDuringTurn.push(event);
      return;
    }
    if (event.kind === 'ANNOUNCE') {
      this.say(event.text);
    } else if (event.kind === 'LAUNCH_TASK') {
      this.pending = { kind: 'task-confirm', task: event.task };
      this.say(event.confirmText);
    } else {
      this.print({ kind: 'note', text: '(timer chime)' });
    }
  }

  /** What an Echo says when a skill's reminder rings. */
  private reminderRang(event: ReminderRang): void {
    this.say(`Here's your reminder from Lift Coach: ${event.text}`);
  }

  private say(text: string): void {
    this.heard.push(text);
    this.print({ kind: 'alexa', text });
  }

  private print(line: ConsoleLine): void {
    this.options.print(line);
  }
}
