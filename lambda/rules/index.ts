// The public face of the training rules: the skill, the progress Lambda and the console import from here.
export * from './catalog';
export type * from './types';
