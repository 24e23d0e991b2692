/**
 * content/localities.yaml for the corpus: the sample's province and districts, plus communes
 * of each district (as named before 1 July 2025), about sixty in all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { toYaml } from './entry-file.ts';
import { UniqueSlugs } from './unique-slugs.ts';

/** Communes and wards by district id. */
const COMMUNES: Record<string, readonly string[]> = {
  'tp-kon-tum': ['Phường Thắng Lợi', 'Phường Thống Nhất', 'Phường Duy Tân', 'Xã Ia Chim', 'Xã Vinh Quang', 'Xã Chư Hreng'],
  'dak-ha': ['Xã Đăk Pxi', 'Xã Đăk Hring', 'Xã Đăk Ui', 'Xã Ngọk Réo'],
  'dak-to': ['Xã Tân Cảnh', 'Xã Pô Kô', 'Xã Diên Bình', 'Xã Kon Đào', 'Xã Văn Lem'],
  'ngoc-hoi': ['Xã Bờ Y', 'Xã Đăk Dục', 'Xã Sa Loong', 'Xã Đăk Xú'],
  'dak-glei': ['Xã Đăk Pék', 'Xã Mường Hoong', 'Xã Ngọc Linh', 'Xã Xốp'],
  'sa-thay': ['Xã Sa Nhơn', 'Xã Rờ Kơi', 'Xã Mô Rai', 'Xã Ya Xiêr'],
  'kon-ray': ['Xã Đăk Kôi', 'Xã Đăk Tơ Lung', 'Xã Đăk Ruồng', 'Xã Tân Lập'],
  'kon-plong': ['Xã Hiếu', 'Xã Pờ Ê', 'Xã Đăk Long', 'Xã Ngọk Tem'],
  'tu-mo-rong': ['Xã Tê Xăng', 'Xã Măng Ri', 'Xã Văn Xuôi', 'Xã Đăk Na'],
  'ia-h-drai': ['Xã Ia Dom', 'Xã Ia Đal', 'Xã Ia Tơi'],
};

const NOW = 'Nay thuộc tỉnh Quảng Ngãi, sau sắp xếp đơn vị hành chính cấp xã năm 2025';

/** A locality as localities.yaml lists it. */
export interface CorpusLocality {
  id: string;
  name: string;
  level: string;
  parent?: string;
}

/** Places generated text names, as placeName writes them. */
export interface CorpusPlaces {
  /** "xã Mô Rai", "phường Duy Tân"… */
  communes: readonly string[];
  /** "huyện Đăk Hà", "thành phố Kon Tum"… */
  districts: readonly string[];
  /** The district of each commune that has one, so an item's commune and district agree. */
  districtOf: ReadonlyMap<string, string>;
  /** The id of each commune and district, for an item's `locality` field. */
  idOf: ReadonlyMap<string, string>;
}

/** Writes the corpus's localities.yaml from the sample's; returns every locality. */
export function writeLocalities(sampleFile: string, file: string): CorpusLocality[] {
  const sampleText = readFileSync(sampleFile, 'utf8');
  const sample = parse(sampleText) as CorpusLocality[];
  const slugs = new UniqueSlugs();
  for (const { id } of sample) slugs.take(id);
  const added = Object.entries(COMMUNES).flatMap(([parent, names]) =>
    names.map((name) => ({ id: slugs.take(name), name, level: name.startsWith('Phường') ? 'phường' : 'xã', parent, now: NOW })),
  );
  writeFileSync(file, `${sampleText.trimEnd()}\n${toYaml(added)}`);
  return [...sample, ...added];
}

const isCommune = ({ level }: CorpusLocality) => level === 'xã' || level === 'phường';
const isDistrict = ({ level }: CorpusLocality) => level === 'huyện' || level === 'thành phố';

/** The communes and districts of the localities, each commune with its district. */
export function corpusPlaces(localities: readonly CorpusLocality[]): CorpusPlaces {
  const byId = new Map(localities.map((locality) => [locality.id, locality]));
  const districtOf = new Map<string, string>();
  for (const commune of localities.filter(isCommune)) {
    const parent = commune.parent ? byId.get(commune.parent) : undefined;
    if (parent && isDistrict(parent)) districtOf.set(placeName(commune), placeName(parent));
  }
  const idOf = new Map(
    localities.filter((locality) => isCommune(locality) || isDistrict(locality)).map((locality) => [placeName(locality), locality.id]),
  );
  return {
    communes: localities.filter(isCommune).map(placeName),
    districts: localities.filter(isDistrict).map(placeName),
    districtOf,
    idOf,
  };
}

/** How a headline names a locality: "xã Mô Rai", "huyện Đăk Hà", "thành phố Kon Tum". */
export function placeName({ name, level }: CorpusLocality): string {
  const lower = name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
  return lower.startsWith(`${level} `) ? lower : `${level} ${name}`;
}
