/** Two tag names are the same tag when these keys are equal (ignoring case and spacing). */
export function tagNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').normalize('NFC').toLowerCase();
}
