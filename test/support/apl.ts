import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StaticAplTemplateValidator } from 'apl-suggester';

// Amazon's APL validator (apl-suggester) and the checks it leaves out: it does not know which
// datasource a document reads, and it passes unknown component and command types (they could be
// imported layouts), so those are checked here against the document's own layouts.

export const displayRoot = fileURLToPath(new URL('../../skill-package/response/display/', import.meta.url));

export type AplDocument = {
  type: string;
  mainTemplate: { parameters: string[]; items: unknown[] };
  layouts?: Record<string, unknown>;
  [key: string]: unknown;
};

export function displayNames(): string[] {
  return readdirSync(displayRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readDocument(name: string): AplDocument {
  return JSON.parse(readFileSync(`${displayRoot}${name}/document.json`, 'utf8')) as AplDocument;
}

export function readSampleDatasource(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${displayRoot}${name}/datasources/default.json`, 'utf8')) as Record<
    string,
    unknown
  >;
}

const validator = new StaticAplTemplateValidator();

/** The validator warns on the console about components it has no mixin table for; its findings are returned. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

const primitiveComponents = new Set([
  'Container',
  'Frame',
  'Image',
  'Pager',
  'ScrollView',
  'Sequence',
  'GridSequence',
  'Text',
  'TouchWrapper',
  'VectorGraphic',
  'Video',
  'EditText',
]);

const knownCommands = new Set([
  'AnimateItem',
  'Idle',
  'Parallel',
  'Sequential',
  'SendEvent',
  'SetValue',
  'SetState',
  'SetFocus',
  'ClearFocus',
  'SetPage',
  'AutoPage',
  'Scroll',
  'ScrollToIndex',
  'ScrollToComponent',
  'SpeakItem',
  'SpeakList',
  'Select',
  'Sequencer',
  'Finish',
  'OpenURL',
  'Reinflate',
]);

const commandProperties = new Set(['onMount', 'onPress', 'onDown', 'onUp', 'commands', 'onChildrenChanged']);

/** Component and command types the validator lets through but no device would know. */
function unknownTypes(document: AplDocument): string[] {
  const layouts = new Set(Object.keys(document.layouts ?? {}));
  const problems: string[] = [];
  const visit = (node: unknown, path: string, inCommands: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        visit(child, `${path}/${index}`, inCommands);
      });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const type = record.type;
    if (typeof type === 'string' && !type.includes('${') && path.length > 0) {
      const known = inCommands ? knownCommands.has(type) : primitiveComponents.has(type) || layouts.has(type);
      const inGraphic = path.includes('/graphics/');
      if (!known && !inGraphic)
        problems.push(`${path}: unknown ${inCommands ? 'command' : 'component'} ${type}`);
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === 'bind' || key === 'value' || key === 'arguments') continue;
      visit(value, `${path}/${key}`, commandProperties.has(key) || (inCommands && key !== 'item'));
    }
  };
  visit(document.mainTemplate, '/mainTemplate', false);
  for (const [name, layout] of Object.entries(document.layouts ?? {})) {
    visit((layout as { item?: unknown }).item, `/layouts/${name}/item`, false);
  }
  return problems;
}

/** Every `${parameter.path}` the document reads, as `parameter.path`. */
export function boundPaths(document: AplDocument): string[] {
  const text = JSON.stringify(document);
  const paths = new Set<string>();
  for (const parameter of document.mainTemplate.parameters) {
    const pattern = new RegExp(`\\b${parameter}((?:\\.\\w+)+)`, 'g');
    for (const match of text.matchAll(pattern)) paths.add(`${parameter}${match[1]}`);
  }
  return [...paths].sort();
}

function valueAt(root: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[key];
  }, root);
}

/** The kind of value, the same for every value of a field: arrays by the kind of their items. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shapeOf(value[0])] : [];
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, child]) => [key, shapeOf(child)]),
    );
  }
  return typeof value;
}

function shapeProblems(expected: unknown, actual: unknown, path: string): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: should be a list`];
    if (expected.length === 0 || actual.length === 0) return [];
    return shapeProblems(expected[0], actual[0], `${path}[]`);
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return [`${path}: should be an object`];
    const expectedKeys = Object.keys(expected);
    const actualKeys = Object.keys(actual);
    return [
      ...expectedKeys
        .filter((key) => !actualKeys.includes(key))
        .map((key) => `${path}.${key}: missing (the sample has it)`),
      ...actualKeys
        .filter((key) => !expectedKeys.includes(key))
        .map((key) => `${path}.${key}: not in the sample datasource`),
      ...expectedKeys
        .filter((key) => actualKeys.includes(key))
        .flatMap((key) =>
          shapeProblems(
            (expected as Record<string, unknown>)[key],
            (actual as Record<string, unknown>)[key],
            `${path}.${key}`,
          ),
        ),
    ];
  }
  return expected === actual ? [] : [`${path}: is ${String(actual)}, the sample has ${String(expected)}`];
}

/**
 * Every finding on a document with a datasource: apl-suggester's on both, unknown types, the
 * template's parameters against the datasource's keys, and every field the document reads.
 * With `sample`, the datasource must also have the sample's shape (a datasource the skill built).
 */
export async function aplFindings(
  document: AplDocument,
  datasource: Record<string, unknown>,
  sample?: Record<string, unknown>,
): Promise<string[]> {
  const findings = [
    ...(await quietly(() => validator.validate(document))).map(
      (info) => `${info.path}: ${info.errorMessage}`,
    ),
    ...(await quietly(() => validator.validateDataSources(datasource))).map(
      (info) => `datasource ${info.path}: ${info.errorMessage}`,
    ),
    ...unknownTypes(document),
  ];
  const parameters = [...document.mainTemplate.parameters].sort();
  const keys = Object.keys(datasource).sort();
  if (parameters.join() !== keys.join()) {
    findings.push(`mainTemplate takes ${parameters.join(', ')} but the datasource has ${keys.join(', ')}`);
  }
  for (const path of boundPaths(document)) {
    if (valueAt(datasource, path) === undefined) findings.push(`the document reads ${path}, which is absent`);
  }
  if (sample) findings.push(...shapeProblems(shapeOf(sample), shapeOf(datasource), 'datasource'));
  return findings;
}

/** The findings on a RenderDocument directive the skill sent, against the stored document it names. */
export async function directiveFindings(directive: {
  document?: unknown;
  datasources?: Record<string, unknown>;
}): Promise<string[]> {
  const document = directive.document as AplDocument;
  const name = displayNames().find(
    (candidate) => JSON.stringify(readDocument(candidate)) === JSON.stringify(document),
  );
  if (!name) return ['the directive sends a document that is not in skill-package/response/display'];
  return aplFindings(document, directive.datasources ?? {}, readSampleDatasource(name));
}
