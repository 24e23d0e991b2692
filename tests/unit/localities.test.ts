import { describe, expect, it } from 'vitest';
import { ancestry, localityLabel, localityPlace, parentOf, type LocalityData } from '../../src/lib/localities';

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
