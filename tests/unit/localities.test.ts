import { describe, expect, it } from 'vitest';
import {
  ancestry,
  localityChoiceLabel,
  localityLabel,
  localityPlace,
  parentOf,
  searchLocalities,
  type LocalityData,
} from '../../src/lib/localities';

const localities = new Map<string, LocalityData>([
  ['kon-tum', { data: { name: 'Kon Tum', level: 'tỉnh' } }],
  ['dak-ha', { data: { name: 'Đăk Hà', level: 'huyện', parent: { id: 'kon-tum' } } }],
  ['ha-mon', { data: { name: 'Xã Hà Mòn', level: 'xã', parent: { id: 'dak-ha' } } }],
]);

describe('locality hierarchy', () => {
  it('climbs from a commune to the province', () => {
    expect(ancestry('ha-mon', parentOf(localities))).toEqual(['ha-mon', 'dak-ha', 'kon-tum']);
  });

  it('stops at a parent cycle instead of looping', () => {
    const parents: Record<string, string> = { a: 'b', b: 'a' };
    expect(ancestry('a', (id) => parents[id])).toEqual(['a', 'b']);
  });

  it('names a commune with its district, and a district alone', () => {
    expect(localityLabel('ha-mon', localities)).toBe('Xã Hà Mòn (Đăk Hà)');
    expect(localityLabel('dak-ha', localities)).toBe('Đăk Hà');
    expect(localityLabel('unknown', localities)).toBe('unknown');
  });

  it('writes the full place with the levels a name lacks', () => {
    expect(localityPlace('ha-mon', localities)).toBe('Xã Hà Mòn, huyện Đăk Hà, tỉnh Kon Tum');
  });
});

describe('searchLocalities', () => {
  it('files an item under its locality and those above it, named as the filter pages name them, without the province', () => {
    const [commune] = [...localities.keys()].filter((id) => ancestry(id, parentOf(localities)).length === 3);
    expect(commune).toBeDefined();
    const chain = ancestry(commune!, parentOf(localities));
    expect(searchLocalities(commune!, localities)).toEqual(chain.slice(0, 2).map((id) => localityLabel(id, localities)));
    expect(searchLocalities(chain[2]!, localities)).toEqual([]);
  });
});

describe('localityChoiceLabel', () => {
  const localities = new Map([
    ['kon-tum', { data: { name: 'Kon Tum', level: 'tỉnh' } }],
    ['dak-ha', { data: { name: 'Đăk Hà', level: 'huyện', parent: { id: 'kon-tum' } } }],
    ['ha-mon', { data: { name: 'Hà Mòn', level: 'xã', parent: { id: 'dak-ha' } } }],
    ['tp-kon-tum', { data: { name: 'Thành phố Kon Tum', level: 'thành phố', parent: { id: 'kon-tum' } } }],
  ]);

  it('names the level and what the locality belonged to, with no id', () => {
    expect(localityChoiceLabel('ha-mon', localities)).toBe('Xã Hà Mòn – huyện Đăk Hà');
    expect(localityChoiceLabel('dak-ha', localities)).toBe('Huyện Đăk Hà – tỉnh Kon Tum');
    expect(localityChoiceLabel('tp-kon-tum', localities)).toBe('Thành phố Kon Tum – tỉnh Kon Tum');
    expect(localityChoiceLabel('kon-tum', localities)).toBe('Tỉnh Kon Tum');
  });
});
