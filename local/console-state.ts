import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';

/**
 * What Alexa remembers about a local account between console runs: the permissions it granted
 * (a lifter who allowed timers yesterday is not asked again today).
 */
const stateSchema = z.object({ grantedScopes: z.record(z.string(), z.array(z.string())) });

type ConsoleState = z.infer<typeof stateSchema>;

export interface GrantStore {
  scopesFor(userId: string): string[];
  save(userId: string, scopes: readonly string[]): void;
}

export function fileGrantStore(path: string): GrantStore {
  const read = (): ConsoleState => {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : { grantedScopes: {} };
    } catch {
      return { grantedScopes: {} };
    }
  };
  return {
    scopesFor: (userId) => read().grantedScopes[userId] ?? [],
    save: (userId, scopes) => {
      const state = read();
      state.grantedScopes[userId] = [...scopes];
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify(state, null, 2)}\n`);
    },
  };
}

export function memoryGrantStore(): GrantStore {
  const grants = new Map<string, string[]>();
  return {
    scopesFor: (userId) => grants.get(userId) ?? [],
    save: (userId, scopes) => grants.set(userId, [...scopes]),
  };
}
