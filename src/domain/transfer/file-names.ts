/** File names for exports: `sidenote-<what>-<name>-<YYYY-MM-DD>.<ext>`, safe on every system. */

const GERMAN: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};

/** "Eskalation & Ökonomie" → "eskalation-oekonomie"; at most `max` characters, never empty. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug === '' ? 'untitled' : slug;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD`: the local calendar day of a Date, or the date part of an ISO string. */
export function fileDate(date: Date | string): string {
  if (typeof date === 'string') {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
    if (day) return day;
    return fileDate(new Date(date));
  }
  if (Number.isNaN(date.getTime())) return 'undated';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What a study sheet covers. */
export type SheetKind = 'tag' | 'article' | 'color' | 'notebook' | 'compare';

/** `sidenote-tag-eskalation-2026-11-22.md` */
export function sheetFileName(kind: SheetKind, name: string, date: Date | string): string {
  const middle = name.trim() === '' ? '' : `-${slugify(name)}`;
  return `sidenote-${kind}${middle}-${fileDate(date)}.md`;
}

/** `sidenote-backup-2026-11-22.json` */
export function backupFileName(date: Date | string): string {
  return `sidenote-backup-${fileDate(date)}.json`;
}

/** `sidenote-annotations-2026-11-22.jsonld` */
export function annotationsFileName(date: Date | string): string {
  return `sidenote-annotations-${fileDate(date)}.jsonld`;
}
