/**
 * What the store needs from a logger; Powertools' Logger fits. Callers pass only hashed user ids and
 * item kinds, never item contents, so nothing personal reaches the logs.
 */
export interface StoreLogger {
  warn(message: string, attributes: Record<string, unknown>): void;
}

export const consoleStoreLogger: StoreLogger = {
  warn(message, attributes) {
    console.warn(JSON.stringify({ level: 'WARN', message, ...attributes }));
  },
};
