import { describe, expect, it } from 'vitest';
import { searchLocalitiesOfPlaces } from '../../../src/lib/item-page/places';
import type { LocalityData } from '../../../src/lib/localities';

const place = (name: string, level: string, parent?: string): LocalityData => ({
  data: { name, level, parent: parent ? { id: parent } : undefined },
});
const localities = new Map<string, LocalityData>([
  ['kon-tum', place('Kon Tum', 'tỉnh')],
  ['dak-ha', place('Đăk Hà', 'huyện', 'kon-tum')],
  ['ha-mon', place('Hà Mòn', 'xã', 'dak-ha')],
  ['dak-mar', place('Đăk Mar', 'xã', 'dak-ha')],
  ['sa-thay', place('Sa Thầy', 'huyện', 'kon-tum')],
]);

describe('searchLocalitiesOfPlaces', () => {
  it('files an item under each place and what is above it, the first place first, the province left out', () => {
    expect(searchLocalitiesOfPlaces(['ha-mon', 'sa-thay'], localities)).toEqual(['Hà Mòn (Đăk Hà)', 'Đăk Hà', 'Sa Thầy']);
  });

  it('names a district shared by two places once', () => {
    expect(searchLocalitiesOfPlaces(['ha-mon', 'dak-mar'], localities)).toEqual(['Hà Mòn (Đăk Hà)', 'Đăk Hà', 'Đăk Mar (Đăk Hà)']);
  });

  it('is empty for no place, and for places the file does not name', () => {
    expect(searchLocalitiesOfPlaces([], localities)).toEqual([]);
    expect(searchLocalitiesOfPlaces(['unknown'], localities)).toEqual([]);
  });
});
