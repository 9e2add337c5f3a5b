import { describe, expect, it } from 'vitest';
import { ConsoleClock, clockCommand, parseStartDate } from '../../local/console-clock';

// The console's clock moves so a person can try the second and the tenth workout by hand.

const fixedReal = () => Date.parse('2026-12-01T10:00:00Z');

describe('the console clock', () => {
  it('starts at --date and keeps real time running from there', () => {
    let real = fixedReal();
    const clock = new ConsoleClock(parseStartDate('2026-12-10'), () => real);
    expect(clock.now().toISOString()).toBe('2026-12-10T18:00:00.000Z');
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2026-12-10T18:01:00.000Z');
  });

  it.each([
    ['wait 2d', '2026-12-03T10:00:00.000Z'],
    ['wait 1d 6h', '2026-12-02T16:00:00.000Z'],
    ['wait 90m', '2026-12-01T11:30:00.000Z'],
    ['wait until tomorrow 6pm', '2026-12-02T18:00:00.000Z'],
    ['wait until 7am', '2026-12-02T07:00:00.000Z'],
    ['wait until 6:30pm', '2026-12-01T18:30:00.000Z'],
  ])('"%s" moves 10:00 on 1 December to %s', (line, expected) => {
    const clock = new ConsoleClock(undefined, fixedReal);
    const command = clockCommand(line, clock.now());
    expect(command).not.toBeNull();
    expect(clock.advance(command?.advanceMs ?? 0).toISOString()).toBe(expected);
  });

  it('leaves lines for Alexa alone and refuses a time it cannot read', () => {
    expect(clockCommand('what is my workout today', new Date(fixedReal()))).toBeNull();
    expect(clockCommand('wait', new Date(fixedReal()))).toBeNull();
    expect(() => clockCommand('wait until tomorrow teatime', new Date(fixedReal()))).toThrow(/6pm/);
    expect(() => parseStartDate('next week')).toThrow(/not a date/);
  });
});
