import { describe, expect, it } from 'vitest';
import { readUnits } from '../../../src/lib/radio/units';

describe('readUnits', () => {
  it.each([
    ['50%', '50 phần trăm'],
    ['12,5 %', '12,5 phần trăm'],
    ['120 ha', '120 héc-ta'],
    ['120ha', '120 héc-ta'],
    ['1.500 m2', '1.500 mét vuông'],
    ['1.500m²', '1.500 mét vuông'],
    ['20 m³', '20 mét khối'],
    ['9.674 km²', '9.674 ki-lô-mét vuông'],
    ['9.674 km2', '9.674 ki-lô-mét vuông'],
    ['15 km', '15 ki-lô-mét'],
    ['3 kg', '3 ki-lô-gam'],
    ['50.000đ', '50.000 đồng'],
    ['50.000 VNĐ', '50.000 đồng'],
    ['50.000 VND', '50.000 đồng'],
    ['100 USD', '100 đô la Mỹ'],
    ['30°C', '30 độ C'],
    ['30oC', '30 độ C'],
    ['80 km/h', '80 ki-lô-mét mỗi giờ'],
    ['50.000đ/kg', '50.000 đồng mỗi ki-lô-gam'],
    ['5 triệu đồng/người/tháng', '5 triệu đồng mỗi người mỗi tháng'],
    ['60 tạ/ha', '60 tạ mỗi héc-ta'],
    ['3 người/hộ', '3 người mỗi hộ'],
    ['2 m/s', '2 mét mỗi giây'],
  ])('%s → %s', (written, spoken) => {
    expect(readUnits(written)).toBe(spoken);
  });

  it.each([['ha ha'], ['5 mục'], ['100% xã/phường'.replace('%', ' phần trăm')], ['xã/phường/thị trấn'], ['10 đồng'], ['km đường'], ['5G']])(
    'leaves %j alone',
    (written) => {
      expect(readUnits(written)).toBe(written);
    },
  );

  it('keeps "xã/phường" an alternative even after a quantity', () => {
    expect(readUnits('100% xã/phường')).toBe('100 phần trăm xã/phường');
  });
});
