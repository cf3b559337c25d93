/**
 * Provenance lines: where the text came from and how it was made ("Quelle: RT DE",
 * "Ursprünglich veröffentlicht in WSWS.ORG", "Mit Informationen von Reuters", "Übersetzt mit
 * deepl.com"). They are kept verbatim in `Article.sourceLines`; those that name an outlet or
 * agency also give `Article.source`. A bare outlet name on its own line ("Infobae") is not
 * provenance: on news pages that is what image credits and embeds look like.
 */

interface Rule {
  pattern: RegExp;
  /** Whether the captured name is the article's source (a translation tool is not). */
  namesSource: boolean;
}

const RULES: Rule[] = [
  { pattern: /^quellen?\s*:\s*(.+)$/iu, namesSource: true },
  {
    pattern:
      /^(?:dieser (?:artikel|beitrag|text) (?:ist|wurde) )?(?:ursprünglich|zuerst|erstmals) (?:veröffentlicht|erschienen) (?:in|auf|bei|im|am)\s+(.+)$/iu,
    namesSource: true,
  },
  {
    pattern: /^mit (?:informationen|material|angaben) (?:von|aus|der|des)\s+(.+)$/iu,
    namesSource: true,
  },
  { pattern: /^(?:übersetzt|übersetzung) (?:mit|von|aus|durch)\s+(.+)$/iu, namesSource: false },
  { pattern: /^übersetzung\s*:\s*(.+)$/iu, namesSource: false },
  { pattern: /^sources?\s*:\s*(.+)$/iu, namesSource: true },
  { pattern: /^originally (?:published|appeared) (?:in|on|at|by)\s+(.+)$/iu, namesSource: true },
  { pattern: /^(?:with )?(?:reporting|information) (?:from|by)\s+(.+)$/iu, namesSource: true },
  { pattern: /^translated (?:with|by|from)\s+(.+)$/iu, namesSource: false },
];

const MAX_LINE = 160;
/** How every rule's text can begin (lower case); anything else is skipped without regex work. */
const OPENINGS = /^(?:quel|dies|ursp|zuer|erst|mit |über|sour|orig|with|repo|info|tran)/iu;
const MAX_NAME = 80;
const MAX_NAME_WORDS = 8;

export interface ProvenanceLine {
  /** The outlet or agency the line names, when it names one. */
  source?: string;
}

function cleanName(name: string): string {
  return name
    .trim()
    .replace(/[.;,:]+$/, '')
    .replace(/^["„“”«»‚‘’']+|["„“”«»‚‘’']+$/g, '')
    .trim();
}

/** Parses a standalone provenance line; undefined for anything else (including long prose). */
export function parseSourceLine(line: string): ProvenanceLine | undefined {
  if (line.length > MAX_LINE || !OPENINGS.test(line)) return undefined;
  for (const rule of RULES) {
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const name = cleanName(m[1] ?? '');
    if (!name || name.length > MAX_NAME || name.split(' ').length > MAX_NAME_WORDS)
      return undefined;
    return rule.namesSource ? { source: name } : {};
  }
  return undefined;
}
