import { describe, expect, it } from 'vitest';
import { awardNames, latestRecognitionYear } from '../../../src/lib/item-page/awards';

const recognitions = [
  { year: 2022, title: 'Bằng khen của Chủ tịch UBND tỉnh' },
  { year: 2018, title: 'Giấy khen của huyện' },
  { year: 2020, title: 'Chiến sĩ thi đua cơ sở' },
];

describe('awardNames', () => {
  it('lists awards oldest first, each with its year', () => {
    expect(awardNames(recognitions)).toEqual([
      'Giấy khen của huyện (2018)',
      'Chiến sĩ thi đua cơ sở (2020)',
      'Bằng khen của Chủ tịch UBND tỉnh (2022)',
    ]);
  });

  it('leaves the list it was given in its order', () => {
    awardNames(recognitions);
    expect(recognitions.map((recognition) => recognition.year)).toEqual([2022, 2018, 2020]);
  });
});

describe('latestRecognitionYear', () => {
  it('is the year of the latest recognition', () => {
    expect(latestRecognitionYear(recognitions)).toBe(2022);
  });

  it('is undefined without recognitions', () => {
    expect(latestRecognitionYear([])).toBeUndefined();
  });
});
