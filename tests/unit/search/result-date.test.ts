import { describe, expect, it } from 'vitest';
import { resultDate } from '../../../src/lib/search/result-date';

describe('resultDate', () => {
  it('shows the page’s own date over its publication date', () => {
    expect(resultDate({ date: '2025-05-19', shown: '2024-05-09' })).toEqual({ dateTime: '2024-05-09', text: '9/5/2024' });
  });

  it('shows a year alone when that is all the page knows', () => {
    expect(resultDate({ date: '2025-05-19', shown: '2018' })).toEqual({ dateTime: '2018', text: '2018' });
  });

  it('falls back to the publication date, and to nothing for a missing or broken one', () => {
    expect(resultDate({ date: '2025-11-24' })).toEqual({ dateTime: '2025-11-24', text: '24/11/2025' });
    expect(resultDate({})).toBeUndefined();
    expect(resultDate({ date: '2025-13-40' })).toBeUndefined();
  });
});
