import { describe, expect, it } from 'vitest';
import { figureSources } from '../../src/lib/figure-sources';

describe('figureSources', () => {
  it('says a source shared by several figures once, with its period', () => {
    const source = 'Bài báo «Kon Tum: Nhiều mô hình thiết thực».';
    expect(
      figureSources([
        { source, period: 'tính đến năm 2021' },
        { source, period: 'tính đến năm 2021' },
      ]),
    ).toEqual([{ source: 'Bài báo «Kon Tum: Nhiều mô hình thiết thực»', period: 'tính đến năm 2021' }]);
  });

  it('keeps distinct sources and periods apart, in the order the figures cite them', () => {
    expect(
      figureSources([
        { source: 'B', period: '2016–2020' },
        { source: 'A', period: ' ' },
        { source: 'B', period: 'từ năm 2016 đến nay' },
      ]),
    ).toEqual([{ source: 'B', period: '2016–2020' }, { source: 'A' }, { source: 'B', period: 'từ năm 2016 đến nay' }]);
  });

  it('says nothing for figures without a source', () => {
    expect(figureSources([{ period: '2021' }, { source: '  ' }, {}])).toEqual([]);
  });
});
