import { randomUUID } from 'node:crypto';
import type {
  Context,
  IntentConfirmationStatus,
  interfaces,
  RequestEnvelope,
  ResponseEnvelope,
  Session,
  SessionEndedReason,
  Slot,
  Task,
} from 'ask-sdk-model';

/**
 * Builds the request envelopes Alexa sends to a skill, one conversation at a time, so the console,
 * the tests and the benchmark talk to the skill `handler` exactly the way the Alexa service would.
 * The session carries its attributes between turns and starts anew after a response ended it.
 */

export const timersPermissionScope = 'alexa::alerts:timers:skill:readwrite';

export interface AlexaSessionOptions {
  skillId: string;
  /** Defaults to en-US. */
  locale?: string;
  /** Defaults to a fresh, Alexa-shaped user id. */
  userId?: string;
  /** Set when Alexa recognised the speaker (voice profile). */
  personId?: string;
  /** Where the skill calls Alexa APIs (timers); locally a loopback emulator. */
  apiEndpoint?: string;
  /** Defaults to a fresh opaque token per conversation. */
  apiAccessToken?: string;
  /** A device with a screen supports APL. */
  screen?: boolean;
  deviceId?: string;
  /** Scopes the user already granted (shown in `context.System.user.permissions`). */
  grantedScopes?: string[];
  /** Clock for request timestamps; defaults to the real one. */
  now?: () => Date;
}

/**
 * A slot as the caller knows it:
 * - a plain string or number → a built-in slot value (AMAZON.NUMBER, AMAZON.DURATION), no resolutions;
 * - `{ value, id }` → a custom slot resolved by entity resolution (ER_SUCCESS_MATCH);
 * - `{ value, match: false }` → a custom slot that matched no value (ER_SUCCESS_NO_MATCH).
 */
export type SlotInput =
  | string
  | number
  | { value: string; id: string; name?: string; type?: string }
  | { value: string; match: false; type?: string }
  /**
   * A multiple-value slot ("Monday, Wednesday and Friday"): sent as a List of simple values only;
   * `value` is the words as heard, for printing.
   */
  | { value: string; values: string[] };

export type SlotInputs = Record<string, SlotInput | undefined>;

export type AskForStatus = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

export interface IntentOptions {
  confirmationStatus?: IntentConfirmationStatus;
  dialogState?: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED';
}

export interface AlexaSession {
  readonly skillId: string;
  readonly locale: string;
  readonly userId: string;
  readonly personId: string | undefined;
  /** Session attributes as the last response left them. */
  readonly attributes: Record<string, unknown>;
  /** True when no session is open: the next in-session request starts a new one. */
  readonly ended: boolean;
  readonly sessionId: string | undefined;
  launch(task?: Task): RequestEnvelope;
  /** The LaunchRequest Alexa sends when a LAUNCH_TASK timer ends and the user accepts. */
  taskLaunch(name: string, version: string, input?: Record<string, unknown>): RequestEnvelope;
  intent(name: string, slots?: SlotInputs, options?: IntentOptions): RequestEnvelope;
  sessionEnded(reason?: SessionEndedReason, error?: { type: string; message: string }): RequestEnvelope;
  /** Alexa's answer to a `Connections.SendRequest` AskFor directive. */
  askForResponse(status: AskForStatus, permissionScope?: string): RequestEnvelope;
  skillDisabled(): RequestEnvelope;
  permissionAccepted(scopes?: string[]): RequestEnvelope;
  permissionChanged(scopes?: string[]): RequestEnvelope;
  /**
   * Alexa could not use the skill's last response; it names that response's request and arrives
   * outside any session.
   */
  exceptionEncountered(errorType?: interfaces.system.ErrorType, message?: string): RequestEnvelope;
  /** Alexa's AskFor answer when it arrives without a session (the dialog it answers is over). */
  askForResponseOutOfSession(status: AskForStatus, permissionScope?: string): RequestEnvelope;
  /** Sent when the skill is enabled, outside any session (only to skills subscribed to it). */
  skillEnabled(): RequestEnvelope;
  /** A touch on an APL component whose command is `SendEvent`, inside the session. */
  aplUserEvent(token: string, args?: unknown[], source?: Record<string, unknown>): RequestEnvelope;
  /** Any request type the skill does not expect (e.g. an AudioPlayer event), inside the session. */
  rawRequest(type: string, fields?: Record<string, unknown>): RequestEnvelope;
  /** Carries attributes into the next turn and closes the session when the response ended it. */
  applyResponse(response: ResponseEnvelope): void;
  setPerson(personId: string | undefined): void;
  setGrantedScopes(scopes: string[]): void;
}

export function newUserId(): string {
  return `amzn1.ask.account.LOCAL${randomUUID().replaceAll('-', '').toUpperCase()}`;
}

export function newPersonId(): string {
  return `amzn1.ask.person.LOCAL${randomUUID().replaceAll('-', '').toUpperCase()}`;
}

export function createAlexaSession(options: AlexaSessionOptions): AlexaSession {
  const locale = options.locale ?? 'en-US';
  const userId = options.userId ?? newUserId();
  const deviceId =
    options.deviceId ?? `amzn1.ask.device.LOCAL${randomUUID().replaceAll('-', '').toUpperCase()}`;
  const apiEndpoint = options.apiEndpoint ?? 'https://api.amazonalexa.com';
  const apiAccessToken = options.apiAccessToken ?? `local-access-token-${randomUUID()}`;
  const now = options.now ?? (() => new Date());
  let personId = options.personId;
  let grantedScopes = [...(options.grantedScopes ?? [])];
  let session: { id: string; isNew: boolean; attributes: Record<string, unknown> } | undefined;
  let lastRequestId = `amzn1.echo-api.request.${randomUUID()}`;

  const common = () => {
    lastRequestId = `amzn1.echo-api.request.${randomUUID()}`;
    return { requestId: lastRequestId, timestamp: now().toISOString(), locale };
  };

  const user = () => ({
    userId,
    ...(grantedScopes.length > 0
      ? {
          permissions: {
            scopes: Object.fromEntries(grantedScopes.map((scope) => [scope, { status: 'GRANTED' as const }])),
          },
        }
      : {}),
  });

  const context = (): Context => ({
    System: {
      application: { applicationId: options.skillId },
      user: user(),
      ...(personId ? { person: { personId } } : {}),
      device: {
        deviceId,
        supportedInterfaces: options.screen
          ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }
          : {},
      },
      apiEndpoint,
      apiAccessToken,
    },
    ...(options.screen
      ? {
          Viewport: {
            experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
            mode: 'HUB',
            shape: 'RECTANGLE',
            pixelWidth: 1024,
            pixelHeight: 600,
            dpi: 160,
            currentPixelWidth: 1024,
            currentPixelHeight: 600,
            touch: ['SINGLE'],
          },
        }
      : {}),
  });

  /** In-session requests open a session when none is open; Alexa marks the first one `new`. */
  const inSession = (request: RequestEnvelope['request']): RequestEnvelope => {
    if (!session) {
      session = { id: `amzn1.echo-api.session.${randomUUID()}`, isNew: true, attributes: {} };
    }
    const envelope: RequestEnvelope = {
      version: '1.0',
      session: sessionObject(session),
      context: context(),
      request,
    };
    session.isNew = false;
    return envelope;
  };

  const sessionObject = (open: {
    id: string;
    isNew: boolean;
    attributes: Record<string, unknown>;
  }): Session => ({
    new: open.isNew,
    sessionId: open.id,
    application: { applicationId: options.skillId },
    user: user(),
    attributes: structuredClone(open.attributes),
  });

  /** Skill events arrive outside any session, with only the context. */
  const outOfSession = (request: RequestEnvelope['request']): RequestEnvelope => ({
    version: '1.0',
    context: context(),
    request,
  });

  /** Alexa's answer to an AskFor question; ACCEPTED grants the scope to the requests that follow. */
  const askForAnswer = (
    status: AskForStatus,
    permissionScope: string,
  ): interfaces.connections.ConnectionsResponse => {
    if (status === 'ACCEPTED' && !grantedScopes.includes(permissionScope)) {
      grantedScopes = [...grantedScopes, permissionScope];
    }
    return {
      type: 'Connections.Response',
      ...common(),
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      payload: { permissionScope, status },
      token: '',
    };
  };

  const permissionBody = (scopes: string[]) => ({
    acceptedPermissions: scopes.map((scope) => ({ scope })),
    ...(personId ? { acceptedPersonPermissions: scopes.map((scope) => ({ scope })) } : {}),
  });

  return {
    skillId: options.skillId,
    locale,
    userId,
    get personId() {
      return personId;
    },
    get attributes() {
      return structuredClone(session?.attributes ?? {});
    },
    get ended() {
      return session === undefined;
    },
    get sessionId() {
      return session?.id;
    },
    launch(task) {
      // A launch always starts a new session, as when the user says "open lift coach".
      session = undefined;
      return inSession({ type: 'LaunchRequest', ...common(), ...(task ? { task } : {}) });
    },
    taskLaunch(name, version, input) {
      return this.launch({ name, version, ...(input ? { input } : {}) });
    },
    intent(name, slots = {}, intentOptions = {}) {
      return inSession({
        type: 'IntentRequest',
        ...common(),
        dialogState: intentOptions.dialogState ?? 'STARTED',
        intent: {
          name,
          confirmationStatus: intentOptions.confirmationStatus ?? 'NONE',
          slots: buildSlots(options.skillId, slots),
        },
      });
    },
    sessionEnded(reason = 'USER_INITIATED', error) {
      const envelope = inSession({
        type: 'SessionEndedRequest',
        ...common(),
        reason,
        ...(error ? { error: { type: error.type as 'INTERNAL_SERVICE_ERROR', message: error.message } } : {}),
      });
      session = undefined;
      return envelope;
    },
    askForResponse(status, permissionScope = timersPermissionScope) {
      return inSession(askForAnswer(status, permissionScope));
    },
    skillDisabled() {
      session = undefined;
      return outOfSession({
        type: 'AlexaSkillEvent.SkillDisabled',
        ...common(),
        eventCreationTime: now().toISOString(),
      });
    },
    permissionAccepted(scopes = [timersPermissionScope]) {
      grantedScopes = [...new Set([...grantedScopes, ...scopes])];
      return outOfSession({
        type: 'AlexaSkillEvent.SkillPermissionAccepted',
        ...common(),
        body: permissionBody(scopes),
        eventCreationTime: now().toISOString(),
        eventPublishingTime: now().toISOString(),
      });
    },
    permissionChanged(scopes = []) {
      grantedScopes = [...scopes];
      return outOfSession({
        type: 'AlexaSkillEvent.SkillPermissionChanged',
        ...common(),
        body: permissionBody(scopes),
        eventCreationTime: now().toISOString(),
        eventPublishingTime: now().toISOString(),
      });
    },
    exceptionEncountered(
      errorType = 'INVALID_RESPONSE',
      message = 'Invalid response received from the skill',
    ) {
      const causeRequestId = lastRequestId;
      const request: interfaces.system.ExceptionEncounteredRequest = {
        type: 'System.ExceptionEncountered',
        ...common(),
        error: { type: errorType, message },
        cause: { requestId: causeRequestId },
      };
      return outOfSession(request);
    },
    askForResponseOutOfSession(status, permissionScope = timersPermissionScope) {
      return outOfSession(askForAnswer(status, permissionScope));
    },
    skillEnabled() {
      return outOfSession({
        type: 'AlexaSkillEvent.SkillEnabled',
        ...common(),
        eventCreationTime: now().toISOString(),
        eventPublishingTime: now().toISOString(),
      });
    },
    aplUserEvent(
      token,
      args = [],
      source = { type: 'TouchWrapper', handler: 'Press', id: '', value: false },
    ) {
      const request: interfaces.alexa.presentation.apl.UserEvent = {
        type: 'Alexa.Presentation.APL.UserEvent',
        ...common(),
        token,
        arguments: args,
        source,
        components: {},
      };
      return inSession(request);
    },
    rawRequest(type, fields = {}) {
      return inSession({ type, ...common(), ...fields } as unknown as RequestEnvelope['request']);
    },
    applyResponse(response) {
      if (!session) return;
      session.attributes = structuredClone(response.sessionAttributes ?? {});
      if (!keepsSessionOpen(response)) session = undefined;
    },
    setPerson(next) {
      personId = next;
    },
    setGrantedScopes(scopes) {
      grantedScopes = [...scopes];
    },
  };
}

/**
 * Alexa keeps the session only when the skill asked for it (`shouldEndSession: false`), or while a
 * `Connections.SendRequest` is pending: its `Connections.Response` comes back in the same session.
 */
export function keepsSessionOpen(response: ResponseEnvelope): boolean {
  const directives = response.response.directives ?? [];
  if (directives.some((directive) => directive.type === 'Connections.SendRequest')) return true;
  return response.response.shouldEndSession === false;
}

export function slotTypeAuthority(skillId: string, slotType: string): string {
  return `amzn1.er-authority.echo-sdk.${skillId}.${slotType}`;
}

function buildSlots(skillId: string, inputs: SlotInputs): Record<string, Slot> {
  const slots: Record<string, Slot> = {};
  for (const [name, input] of Object.entries(inputs)) {
    slots[name] = buildSlot(skillId, name, input);
  }
  return slots;
}

function buildSlot(skillId: string, name: string, input: SlotInput | undefined): Slot {
  if (input === undefined) return { name, confirmationStatus: 'NONE' };
  if (typeof input === 'string' || typeof input === 'number') {
    return { name, value: String(input), confirmationStatus: 'NONE' };
  }
  if ('values' in input) {
    return {
      name,
      confirmationStatus: 'NONE',
      slotValue: { type: 'List', values: input.values.map((value) => ({ type: 'Simple', value })) },
    };
  }
  const authority = slotTypeAuthority(skillId, input.type ?? `${name[0]?.toUpperCase()}${name.slice(1)}Type`);
  if ('match' in input) {
    return {
      name,
      value: input.value,
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] }],
      },
    };
  }
  return {
    name,
    value: input.value,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: input.name ?? input.value, id: input.id } }],
        },
      ],
    },
  };
}

/** A resolved custom slot value, e.g. `matched('bench', 'bench-press')`. */
export function matched(value: string, id: string, name?: string): SlotInput {
  return name ? { value, id, name } : { value, id };
}

/** A custom slot value that entity resolution did not match. */
export function unmatched(value: string): SlotInput {
  return { value, match: false };
}
