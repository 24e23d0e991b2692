import { describe, expect, it } from 'vitest';
import { chartGroups, chartRows, chartSvg, figureText } from '../../src/lib/chart-svg';

const simple = {
  unit: 'lượt',
  bars: [
    { label: 'Cán bộ chủ chốt', value: 10930, qualifier: 'hơn' },
    { label: 'Cán bộ, đảng viên', value: 173600, qualifier: 'hơn' },
  ],
};
const grouped = {
  unit: 'người',
  bars: [
    { label: 'Thủ tướng', group: 'Tập thể', value: 3, unit: 'tập thể' },
    { label: 'Thủ tướng', group: 'Cá nhân', value: 7, unit: 'cá nhân' },
    { label: 'Cấp huyện', group: 'Tập thể', value: 572, unit: 'tập thể' },
    { label: 'Cấp huyện', group: 'Cá nhân', value: 1266, unit: 'cá nhân' },
  ],
};

describe('figureText', () => {
  it('keeps the report’s qualifier and writes thousands the Vietnamese way', () => {
    expect(figureText({ label: 'x', value: 173600, qualifier: 'hơn' }, 'lượt')).toBe('hơn 173.600 lượt');
  });
  it('prefers the bar’s own unit and leaves out a missing qualifier', () => {
    expect(figureText({ label: 'x', value: 11, unit: 'trường hợp' }, 'cá nhân')).toBe('11 trường hợp');
  });
});

describe('chartRows and chartGroups', () => {
  it('groups bars under their label in first-seen order', () => {
    expect(chartRows(grouped).map((row) => [row.label, row.bars.length])).toEqual([
      ['Thủ tướng', 2],
      ['Cấp huyện', 2],
    ]);
    expect(chartGroups(grouped)).toEqual(['Tập thể', 'Cá nhân']);
    expect(chartGroups(simple)).toEqual([]);
  });
});

describe('chartSvg', () => {
  it('draws one bar per figure, each label and figure as text, and no style element (the CSP forbids inline styles)', () => {
    const svg = chartSvg(grouped);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect/g)).toHaveLength(4);
    expect(svg).toContain('Cấp huyện');
    expect(svg).toContain('1.266 cá nhân');
    expect(svg).not.toContain('(cá nhân)');
    expect(svg).not.toContain('<style');
    expect(svg).toContain('aria-hidden="true"');
  });
  it('draws bars in proportion to their values', () => {
    const widths = [...chartSvg(simple).matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(173600 / 10930, 0);
  });
});
