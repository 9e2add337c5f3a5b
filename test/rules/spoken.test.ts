import { describe, expect, it } from 'vitest';
import { capitalise, spokenNumber, spokenWeight } from '../../lambda/rules';

describe('spoken numbers', () => {
  it.each([
    [0, 'zero'],
    [8, 'eight'],
    [45, 'forty-five'],
    [60, 'sixty'],
    [100, 'a hundred'],
    [102.5, 'one hundred and two and a half'],
    [110, 'one hundred and ten'],
    [200, 'two hundred'],
    [0.5, 'a half'],
    [1.25, 'one and a quarter'],
    [17.75, 'seventeen and three quarters'],
    [19.3, 'nineteen point three'],
    [19.99, 'twenty'],
    [1000, 'one thousand'],
    [1001, 'one thousand and one'],
    [1234, 'one thousand two hundred and thirty-four'],
    [-2.5, 'minus two and a half'],
  ])('%d is said "%s"', (value, words) => {
    expect(spokenNumber(value)).toBe(words);
  });

  it('says weights with their unit', () => {
    expect(spokenWeight({ value: 102.5, unit: 'kg' })).toBe('one hundred and two and a half kilos');
    expect(spokenWeight({ value: 1, unit: 'kg' })).toBe('one kilo');
    expect(spokenWeight({ value: 1, unit: 'lb' })).toBe('one pound');
    expect(spokenWeight({ value: 225, unit: 'lb' })).toBe('two hundred and twenty-five pounds');
  });

  it('capitalises a sentence', () => {
    expect(capitalise('eighty percent')).toBe('Eighty percent');
  });
});
