/**
 * The letter that stands in for a missing portrait: a person's given name comes last in
 * Vietnamese and in the highland languages' names as written here ("Bà Phạm Thị Lành" → "L",
 * "Chị Y Hnai, nhân viên y tế thôn" → "H"), after any title before it.
 */
export function monogram(name: string): string {
  const person = name.split(',')[0] ?? name;
  const words = person.match(/\p{L}+/gu) ?? [];
  return (words.at(-1)?.charAt(0) ?? '').toLocaleUpperCase('vi');
}
