import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { lazySchema } from '../../lambda/store/schemas/lazy-schema';

describe('a schema built at its first use', () => {
  it('is not built until something touches it, and then only once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.object({ reps: z.int().check(z.positive()) });
    });
    expect(builds).toBe(0);
    expect(schema.safeParse({ reps: 8 })).toEqual({ success: true, data: { reps: 8 } });
    expect(schema.safeParse({ reps: 0 }).success).toBe(false);
    expect(schema.parse({ reps: 3 })).toEqual({ reps: 3 });
    expect(builds).toBe(1);
  });

  it('answers as the schema it stands for: nested, in a discriminated union, its shape, a check, instanceof', () => {
    const weight = lazySchema(() => z.object({ value: z.number(), unit: z.enum(['kg', 'lb']) }));
    const direct = z.object({ value: z.number(), unit: z.enum(['kg', 'lb']) });
    const pending = lazySchema(() =>
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('ask-reps'), load: z.nullable(weight) }),
        z.object({ kind: z.literal('ask-ready') }),
      ]),
    );
    const inputs: unknown[] = [
      { kind: 'ask-reps', load: { value: 60, unit: 'kg' } },
      { kind: 'ask-reps', load: null },
      { kind: 'ask-reps', load: { value: 60, unit: 'stone' } },
      { kind: 'ask-ready', extra: 1 },
      { kind: 'unknown' },
      'ask-ready',
    ];
    const eager = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('ask-reps'), load: z.nullable(direct) }),
      z.object({ kind: z.literal('ask-ready') }),
    ]);
    for (const input of inputs) {
      const lazyResult = pending.safeParse(input);
      const eagerResult = eager.safeParse(input);
      expect(lazyResult.success).toBe(eagerResult.success);
      expect(lazyResult.data).toEqual(eagerResult.data);
      expect(lazyResult.error?.issues).toEqual(eagerResult.error?.issues);
    }
    expect(Object.keys(weight.shape)).toEqual(['value', 'unit']);
    expect(
      z.object({ ...weight.shape, note: z.string() }).safeParse({ value: 1, unit: 'lb', note: 'x' }).success,
    ).toBe(true);
    const heavy = weight.check(z.refine((value) => value.value >= 100));
    expect(heavy.safeParse({ value: 60, unit: 'kg' }).success).toBe(false);
    expect(heavy.safeParse({ value: 100, unit: 'kg' }).success).toBe(true);
    expect(weight instanceof z.ZodMiniObject).toBe(true);
    expect('_zod' in weight).toBe(true);
  });
});
