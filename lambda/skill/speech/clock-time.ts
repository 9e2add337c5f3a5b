import { integerToWords } from './numbers';

/** "18:00" → "six p.m.", "07:30" → "seven thirty a.m.", "18:05" → "six oh five p.m.", "12:00" → "noon". */
export function sayClockTime(time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const onTheClock = hour % 12 === 0 ? 12 : hour % 12;
  const minutes =
    minute === 0 ? '' : minute < 10 ? ` oh ${integerToWords(minute)}` : ` ${integerToWords(minute)}`;
  return `${integerToWords(onTheClock)}${minutes} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}
