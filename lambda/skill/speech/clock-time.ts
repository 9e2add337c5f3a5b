import { integerToWords } from './numbers';

/**
 * A clock time as a lifter says it: "18:00" → "six in the evening", "07:30" → "seven thirty in the
 * morning", "14:05" → "two oh five in the afternoon", "12:00" → "noon".
 */
export function sayClockTime(time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const onTheClock = hour % 12 === 0 ? 12 : hour % 12;
  const minutes =
    minute === 0 ? '' : minute < 10 ? ` oh ${integerToWords(minute)}` : ` ${integerToWords(minute)}`;
  const partOfDay = hour < 12 ? 'in the morning' : hour < 17 ? 'in the afternoon' : 'in the evening';
  return `${integerToWords(onTheClock)}${minutes} ${partOfDay}`;
}
