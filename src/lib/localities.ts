/**
 * The locality hierarchy of content/localities.yaml (province, districts, communes as named
 * at the time of the content): what a locality belongs to and how to name it for readers.
 */

/** What these rules read of a locality. */
export interface LocalityData {
  data: { name: string; level: string; parent?: { id: string } };
}

/** Localities by id. */
export type Localities = ReadonlyMap<string, LocalityData>;

/** The id of the locality a locality belongs to, if any. */
export const parentOf =
  (localities: Localities) =>
  (id: string): string | undefined =>
    localities.get(id)?.data.parent?.id;

/** An id followed by the ids of everything above it; a mistaken parent cycle stops where it repeats. */
export function ancestry(id: string, parentOf: (id: string) => string | undefined): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current !== undefined && !chain.includes(current); current = parentOf(current)) {
    chain.push(current);
  }
  return chain;
}

/** A locality's name, followed by its parent's when the parent is not the province: "Xã Hà Mòn (Đăk Hà)". */
export function localityLabel(id: string, localities: Localities): string {
  const locality = localities.get(id);
  const parent = locality?.data.parent && localities.get(locality.data.parent.id);
  const name = locality?.data.name ?? id;
  return parent?.data.parent ? `${name} (${parent.data.name})` : name;
}

/**
 * The labels a search filter files an item under: its locality and those above it but the
 * province, named as the exemplar filter pages name them (`localityLabel`), so both count the
 * same items. The province would hold everyone, and "Kon Tum" beside "Thành phố Kon Tum"
 * reads as one place twice.
 */
export function searchLocalities(id: string, localities: Localities): string[] {
  const parent = parentOf(localities);
  return ancestry(id, parent)
    .filter((chainId) => localities.has(chainId) && parent(chainId) !== undefined)
    .map((chainId) => localityLabel(chainId, localities));
}

/** A locality with everything above it, levels named where the name lacks them: "Xã Hà Mòn, huyện Đăk Hà, tỉnh Kon Tum". */
export function localityPlace(id: string, localities: Localities): string {
  return ancestry(id, parentOf(localities))
    .flatMap((chainId) => {
      const locality = localities.get(chainId);
      if (!locality) return [];
      const { name, level } = locality.data;
      return [name.toLocaleLowerCase('vi').startsWith(level) ? name : `${level} ${name}`];
    })
    .join(', ');
}

/**
 * A locality as the editor's picker shows it: its level and name, then what it belonged to,
 * "Xã Hà Mòn – huyện Đăk Hà", so two communes of one name in two districts are told apart and
 * no id is shown.
 */
export function localityChoiceLabel(id: string, localities: Localities): string {
  const named = (chainId: string) => {
    const locality = localities.get(chainId);
    if (!locality) return chainId;
    const { name, level } = locality.data;
    return name.toLocaleLowerCase('vi').startsWith(level) ? name : `${level} ${name}`;
  };
  const own = named(id);
  const parent = parentOf(localities)(id);
  const label = parent ? `${own} – ${named(parent).replace(/^\p{Lu}/u, (letter) => letter.toLocaleLowerCase('vi'))}` : own;
  return label.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase('vi'));
}
