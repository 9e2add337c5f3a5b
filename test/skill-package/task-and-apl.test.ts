import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { skillLocales } from '../../scripts/interaction-model/types';
import { readSkillPackageJson, skillPackagePath } from './skill-package-files';

// Task definitions follow Alexa's restricted OpenAPI 3 form: one path named after the task, POST
// only, JSON bodies, version a positive integer matching the file name.
const taskSchema = z.object({
  openapi: z.string().startsWith('3.'),
  info: z.object({
    title: z.string().min(1),
    version: z.literal('1'),
    'x-amzn-alexa-access-scope': z.enum(['public', 'vendor-private']),
    'x-amzn-display-details': z.record(z.string(), z.object({ title: z.string(), description: z.string() })),
  }),
  paths: z.record(
    z.string(),
    z.object({
      post: z.object({
        requestBody: z.object({
          content: z.object({ 'application/json': z.object({ schema: z.unknown() }) }),
        }),
        responses: z.record(z.string(), z.object({ description: z.string() })),
      }),
    }),
  ),
  components: z.object({
    schemas: z.object({
      Input: z.object({ type: z.literal('object'), properties: z.record(z.string(), z.unknown()) }),
    }),
  }),
});

describe('the ResumeWorkout task definition', () => {
  const task = taskSchema.parse(readSkillPackageJson('tasks/ResumeWorkout.1.json'));

  it('defines exactly one path, the task name', () => {
    expect(Object.keys(task.paths)).toEqual(['/ResumeWorkout']);
  });

  it('is private to this skill: only its own timers launch it', () => {
    expect(task.info['x-amzn-alexa-access-scope']).toBe('vendor-private');
  });

  it('takes the id of the workout whose rest ended, as the timer sends it', () => {
    expect(Object.keys(task.components.schemas.Input.properties)).toEqual(['workoutId']);
  });

  it('names itself in every locale of the skill', () => {
    expect(Object.keys(task.info['x-amzn-display-details']).sort()).toEqual([...skillLocales].sort());
  });

  it('answers success and failure', () => {
    expect(Object.keys(task.paths['/ResumeWorkout']?.post.responses ?? {})).toEqual(['200', '400', '500']);
  });
});

const aplSchema = z.object({
  type: z.literal('APL'),
  version: z.string().regex(/^2023\.\d$/),
  mainTemplate: z.object({ parameters: z.array(z.string()), items: z.array(z.unknown()).min(1) }),
});

const datasourceSchema = z.object({
  workoutPlan: z.object({
    title: z.string(),
    subtitle: z.string(),
    exercises: z.array(z.object({ name: z.string(), detail: z.string() })),
    hint: z.string().optional(),
  }),
});

/** An APL data-binding expression; written this way because APL shares JavaScript's `${…}` syntax. */
function binding(path: string): string {
  return `$${'{'}${path}}`;
}

describe('the WorkoutPlan APL document', () => {
  const documentText = readFileSync(skillPackagePath('response/display/WorkoutPlan/document.json'), 'utf8');
  const document = aplSchema.parse(JSON.parse(documentText));
  const example = datasourceSchema.parse(
    readSkillPackageJson('response/display/WorkoutPlan/datasources/default.json'),
  );

  it('binds the workoutPlan datasource the skill sends', () => {
    expect(document.mainTemplate.parameters).toEqual(['workoutPlan']);
  });

  it('lists the exercises from the datasource with their names and details', () => {
    expect(documentText).toContain(`"data": "${binding('workoutPlan.exercises')}"`);
    expect(documentText).toContain(binding('data.name'));
    expect(documentText).toContain(binding('data.detail'));
  });

  it('reads only fields the documented datasource has', () => {
    const fieldsRead = [...documentText.matchAll(/\$\{workoutPlan\.(\w+)/g)].map((match) => match[1]);
    expect(fieldsRead.length).toBeGreaterThan(0);
    for (const field of fieldsRead) expect(Object.keys(example.workoutPlan)).toContain(field);
  });

  it('uses only resources and styles it defines', () => {
    const parsed = JSON.parse(documentText) as {
      resources: { colors?: object; dimensions?: object }[];
      styles: object;
      layouts: object;
    };
    const resourceNames = new Set(
      parsed.resources.flatMap((block) => [
        ...Object.keys(block.colors ?? {}),
        ...Object.keys(block.dimensions ?? {}),
      ]),
    );
    for (const match of documentText.matchAll(/"@(\w+)"/g)) expect(resourceNames).toContain(match[1]);
    for (const match of documentText.matchAll(/"style": "(\w+)"/g)) {
      expect(Object.keys(parsed.styles)).toContain(match[1]);
    }
    expect(documentText).toContain('"type": "ExerciseRow"');
    expect(Object.keys(parsed.layouts)).toContain('ExerciseRow');
  });

  it('leaves room in the 24 KB response for speech, card and datasource', () => {
    expect(JSON.stringify(document).length + JSON.stringify(example).length).toBeLessThan(8_000);
  });
});
