/**
 * A schema that is built the first time something touches it instead of when its module loads.
 *
 * Every module of a Lambda bundle runs at import, Lambda's init: building the sixty-odd zod schemas
 * there cost about 8 ms of each cold start, though a turn reads a few of them (a first visit, none).
 * The stand-in forwards every read to the one real schema, so parsing, `.shape`, `.check()`,
 * `instanceof` and nesting in other schemas behave as the schema does; its type is the schema's.
 */
export function lazySchema<Schema extends object>(build: () => Schema): Schema {
  let built: Schema | undefined;
  const schema = (): Schema => {
    built ??= build();
    return built;
  };
  return new Proxy({} as Schema, {
    get: (_standIn, key) => Reflect.get(schema(), key),
    set: (_standIn, key, value) => Reflect.set(schema(), key, value),
    has: (_standIn, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
