/**
 * The entries the editor offers by label in its pickers (src/cms/config/build-config.ts):
 * every locality as "Xã Hà Mòn – huyện Đăk Hà", in the Vietnamese alphabetical order of its name.
 */
import type { Choice } from '../cms/config/build-config';
import { localityChoiceLabel } from '../lib/localities';
import { compareVietnamese } from '../lib/vietnamese';
import { getCatalog } from './catalog';

/** The pickers by the collection they point to. */
export async function editorChoices(): Promise<Record<string, Choice[]>> {
  const { localities } = await getCatalog();
  const ids = [...localities.keys()].sort(
    (a, b) => compareVietnamese(localities.get(a)?.data.name ?? a, localities.get(b)?.data.name ?? b) || a.localeCompare(b),
  );
  return { localities: ids.map((id) => ({ value: id, label: localityChoiceLabel(id, localities) })) };
}
