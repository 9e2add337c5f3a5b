import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The skill manifest checked against the schema the Alexa Skill Management API publishes with
// ask-smapi-model (its Swagger `spec.json`): field names, types, enumerations (permission scopes,
// categories, interface types, event names) and length limits, as SMAPI would reject them on deploy.

interface Schema {
  $ref?: string;
  type?: string;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  items?: Schema;
  enum?: string[];
  discriminator?: string;
  'x-discriminator-value'?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

const specPath = createRequire(import.meta.url).resolve('ask-smapi-model/spec.json');
const definitions = (JSON.parse(readFileSync(specPath, 'utf8')) as { definitions: Record<string, Schema> })
  .definitions;

export const manifestEnvelopeSchema = '#/definitions/v1.skill.Manifest.SkillManifestEnvelope';

function resolve(schema: Schema): Schema {
  let current = schema;
  while (current.$ref) {
    const found = definitions[current.$ref.replace('#/definitions/', '')];
    if (!found) throw new Error(`ask-smapi-model has no definition ${current.$ref}`);
    current = { ...found, ...Object.fromEntries(Object.entries(current).filter(([key]) => key !== '$ref')) };
  }
  return current;
}

/** A schema with its `allOf` parts merged, so an object's known fields are all in one place. */
function flatten(schema: Schema): Schema {
  const resolved = resolve(schema);
  if (!resolved.allOf) return resolved;
  const parts = resolved.allOf.map(flatten);
  return {
    ...resolved,
    allOf: undefined,
    type: 'object',
    properties: Object.assign({}, ...parts.map((part) => part.properties ?? {}), resolved.properties),
    required: parts.flatMap((part) => part.required ?? []).concat(resolved.required ?? []),
    discriminator: parts.find((part) => part.discriminator)?.discriminator,
  };
}

/** The definition that extends `base` for one discriminator value (e.g. an interface `type`). */
function subtypeOf(baseRef: string, value: unknown): Schema | undefined {
  return Object.values(definitions).find(
    (definition) =>
      definition['x-discriminator-value'] === value &&
      definition.allOf?.some((part) => part.$ref === baseRef),
  );
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** Every way `value` breaks the SMAPI schema `ref`; empty when SMAPI would accept it. */
export function smapiProblems(value: unknown, ref: string = manifestEnvelopeSchema, path = '$'): string[] {
  const schema = flatten({ $ref: ref });
  return problemsOf(value, schema, path, ref);
}

function problemsOf(value: unknown, raw: Schema, path: string, ref?: string): string[] {
  const schema = flatten(raw);
  const baseRef = ref ?? raw.$ref;
  if (schema.discriminator && baseRef) {
    const tag = (value as Record<string, unknown> | null)?.[schema.discriminator];
    const subtype = subtypeOf(baseRef, tag);
    if (!subtype) return [`${path}.${schema.discriminator}: "${String(tag)}" is no type SMAPI knows`];
    return problemsOf(value, { ...subtype, 'x-discriminator-value': undefined }, path);
  }
  switch (schema.type) {
    case 'object':
      return objectProblems(value, schema, path);
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: expected an array, got ${describe(value)}`];
      const problems: string[] = [];
      if (schema.minItems !== undefined && value.length < schema.minItems)
        problems.push(`${path}: fewer than ${schema.minItems} items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        problems.push(`${path}: more than ${schema.maxItems} items`);
      value.forEach((item, index) => {
        if (schema.items) problems.push(...problemsOf(item, schema.items, `${path}[${index}]`));
      });
      return problems;
    }
    case 'string': {
      if (typeof value !== 'string') return [`${path}: expected a string, got ${describe(value)}`];
      const problems: string[] = [];
      if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: "${value}" is not allowed`);
      if (schema.minLength !== undefined && value.length < schema.minLength)
        problems.push(`${path}: shorter than ${schema.minLength}`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength)
        problems.push(`${path}: longer than ${schema.maxLength}`);
      return problems;
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean, got ${describe(value)}`];
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value)))
        return [`${path}: expected ${schema.type}, got ${describe(value)}`];
      if (schema.minimum !== undefined && value < schema.minimum) return [`${path}: below ${schema.minimum}`];
      if (schema.maximum !== undefined && value > schema.maximum) return [`${path}: above ${schema.maximum}`];
      return [];
    }
    default:
      return [];
  }
}

function objectProblems(value: unknown, schema: Schema, path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`${path}: expected an object, got ${describe(value)}`];
  const fields = value as Record<string, unknown>;
  const problems = (schema.required ?? [])
    .filter((name) => !(name in fields))
    .map((name) => `${path}.${name}: required`);
  for (const [name, field] of Object.entries(fields)) {
    const known = schema.properties?.[name];
    const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    if (known) problems.push(...problemsOf(field, known, `${path}.${name}`));
    else if (extra) problems.push(...problemsOf(field, extra, `${path}.${name}`));
    else problems.push(`${path}.${name}: not a field SMAPI knows`);
  }
  return problems;
}
