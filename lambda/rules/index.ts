// The public face of the training rules: the skill, the progress Lambda and the console import from here.
export * from './catalog';
export * from './chart';
export * from './content';
export * from './derived-text';
export * from './guidelines';
export * from './loading';
export { nextSessionTargets } from './next-session';
export * from './next-set';
export * from './one-rep-max';
export * from './plan';
export * from './prescribe';
export * from './progression';
export * from './schedule';
export * from './spoken';
export type * from './types';
export * from './units';
export { progressionFor, usableProgression } from './validate';
export * from './warm-up';
