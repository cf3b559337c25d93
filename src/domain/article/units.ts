/**
 * The parser's working list: logical lines, with the corpus date marker taken off the first
 * line and share-button residue cut out of any line it is glued into. A unit is the smallest
 * thing that gets a role (paragraph, title, byline, removed, …); units never overlap and, in
 * order, contain every piece of text of the file.
 */
import { splitShareResidue } from './boilerplate';
import { parseDateMarker } from './date';
import { toLogicalLines } from './hard-wrap';
import { normalizeInline } from './normalize-text';
import type { ArticleDate } from './types';

export interface Unit {
  text: string;
  block: number;
  line: number;
  /** Set when the unit is share-button residue cut out of a line. */
  residue?: true;
}

export interface Units {
  units: Unit[];
  /** The ` date YYYY-MM ` marker from the start of the file, if any. */
  marker?: ArticleDate;
}

/** Guards against pathological input: a line with more share bars than this is left as is. */
const MAX_SPLITS_PER_LINE = 50;

function splitLine(text: string, block: number, line: number, out: Unit[]): void {
  if (!text.includes('Share') && !text.includes('Teilen') && !text.includes('teilen')) {
    out.push({ text, block, line });
    return;
  }
  let rest = text;
  for (let n = 0; n < MAX_SPLITS_PER_LINE; n++) {
    const split = splitShareResidue(rest);
    if (!split) break;
    const before = normalizeInline(split.before);
    if (before) out.push({ text: before, block, line });
    out.push({ text: split.residue.trim(), block, line, residue: true });
    rest = split.after;
  }
  const tail = normalizeInline(rest);
  if (tail) out.push({ text: tail, block, line });
}

/** Splits normalised file text into units. */
export function buildUnits(text: string): Units {
  let body = text;
  let marker: ArticleDate | undefined;
  const firstContent = text.search(/\S/);
  if (firstContent >= 0) {
    const lineStart = text.lastIndexOf('\n', firstContent) + 1;
    const lineEnd = text.indexOf('\n', lineStart);
    const firstLine = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const found = parseDateMarker(firstLine);
    if (found) {
      marker = found.date;
      body = text.slice(0, lineStart) + found.rest + (lineEnd < 0 ? '' : text.slice(lineEnd));
    }
  }
  const units: Unit[] = [];
  for (const logical of toLogicalLines(body)) {
    splitLine(logical.text, logical.block, logical.line, units);
  }
  return marker ? { units, marker } : { units };
}
