import type { SlotDefinition } from '../types';

// Slot names are a contract with the skill Lambda: it reads these exact names.
export const goalSlot: SlotDefinition = { name: 'goal', type: 'GoalType' };
export const levelSlot: SlotDefinition = { name: 'level', type: 'LevelType' };
export const unitSlot: SlotDefinition = { name: 'unit', type: 'UnitType' };
export const equipmentSlot: SlotDefinition = { name: 'equipment', type: 'EquipmentType' };
export const exerciseSlot: SlotDefinition = { name: 'exercise', type: 'ExerciseType' };
export const effortSlot: SlotDefinition = { name: 'effort', type: 'EffortType' };
export const directionSlot: SlotDefinition = { name: 'direction', type: 'RestAdjustType' };
export const durationSlot: SlotDefinition = { name: 'duration', type: 'AMAZON.DURATION' };
export const repsSlot: SlotDefinition = { name: 'reps', type: 'AMAZON.NUMBER' };
export const weightSlot: SlotDefinition = { name: 'weight', type: 'AMAZON.NUMBER' };
/** The digits after "point" in "one hundred point five"; AMAZON.NUMBER only hears whole numbers. */
export const weightDecimalSlot: SlotDefinition = { name: 'weightDecimal', type: 'AMAZON.NUMBER' };
