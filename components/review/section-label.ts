/**
 * A card's section label: the UI's own translation for the built-in deck's sections, otherwise the
 * title the deck itself gives the section (instructor and imported decks), never a message key.
 */
export function sectionLabel(
  has: (key: string) => boolean,
  translate: (key: string) => string,
  sections: { id: string; title: string }[],
  id: string,
): string {
  const key = `sections.${id}`;
  if (has(key)) return translate(key);
  return sections.find((section) => section.id === id)?.title ?? id;
}
