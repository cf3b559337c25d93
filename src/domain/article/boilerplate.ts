/**
 * Page furniture: widget words that a copy from a web page drags along ("Guardar", "Leave a
 * Reply", "Lesen Sie weiter:") and share-button residue glued into a line ("Share:Share on
 * WhatsAppShare on Facebook…"). A widget is only ever a whole short line that matches the list
 * exactly; a sentence that merely contains such a word is never touched.
 */

const WIDGET_LINES = new Set([
  // Spanish and Portuguese buttons (Infobae and similar).
  'guardar',
  'compartir',
  'comentar',
  'compartilhar',
  // English.
  'leave a reply',
  'leave a comment',
  'leave a reply cancel reply',
  'source site',
  'source link',
  'share',
  'share this',
  'share this article',
  'share this story',
  'read more',
  'continue reading',
  'related',
  'related articles',
  'related posts',
  'advertisement',
  'subscribe',
  'print',
  'tweet',
  'comments',
  // German.
  'lesen sie weiter',
  'lesen sie auch',
  'lesen sie mehr',
  'weiterlesen',
  'mehr lesen',
  'mehr zum thema',
  'zum thema',
  'das könnte sie auch interessieren',
  'teilen',
  'artikel teilen',
  'diesen artikel teilen',
  'jetzt teilen',
  'kommentare',
  'kommentar',
  'kommentieren',
  'kommentar schreiben',
  'kommentar verfassen',
  'drucken',
  'artikel drucken',
  'anzeige',
  'werbung',
  'abonnieren',
  'jetzt abonnieren',
  'newsletter',
  'merken',
  'nach oben',
  'zur startseite',
  'zurück zur startseite',
  'startseite',
  'link kopieren',
  'artikel verschenken',
  'artikel merken',
  'vorlesen',
  'artikel anhören',
  // Share targets standing alone on a line.
  'e-mail',
  'email',
  'facebook',
  'twitter',
  'whatsapp',
  'telegram',
  'reddit',
  'linkedin',
  'xing',
  'pinterest',
]);

/** Widget lines are short; anything longer is never compared, which also bounds regex work. */
const MAX_WIDGET_LINE = 60;

/** Lower-cased line without bullets, trailing colons/ellipses or a comment count like "(12)". */
export function widgetKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/^[\s»›>•·|#*-]+/, '')
    .replace(/\s*\(\d+\)$/, '')
    .replace(/^\d+\s+/, '')
    .replace(/[\s:.…!»›>|•·]+$/, '');
}

/** True for a short standalone line that is a known widget word or phrase. */
export function isWidgetLine(line: string): boolean {
  if (line.length > MAX_WIDGET_LINE) return false;
  const lower = line.toLowerCase();
  return (
    WIDGET_LINES.has(lower) ||
    (!/^\p{L}[\p{L} -]*$/u.test(lower) && WIDGET_LINES.has(widgetKey(line))) ||
    isShareButtonLine(line.trim())
  );
}

/**
 * One share button alone on a line: "Teilen auf Facebook", "Share on WhatsApp", and the German
 * word order "Auf Facebook teilen", "Per E-Mail teilen".
 */
function isShareButtonLine(line: string): boolean {
  if (shareTokensEnd(line, 0) === line.length) return true;
  const reversed = /^(?:auf|bei|via|per|über)\s+(.+?)\s+teilen$/i.exec(line);
  const network = reversed?.[1]?.toLowerCase();
  return network !== undefined && NETWORKS.some((n) => n.toLowerCase() === network);
}

const NETWORKS = [
  'X (formerly Twitter)',
  'X (Twitter)',
  'WhatsApp',
  'Facebook',
  'Messenger',
  'Telegram',
  'LinkedIn',
  'Pinterest',
  'Mastodon',
  'Bluesky',
  'Threads',
  'Flipboard',
  'Twitter',
  'Reddit',
  'Tumblr',
  'E-Mail',
  'Email',
  'Pocket',
  'XING',
  'Xing',
  'Print',
  'Mail',
  'VK',
  'X',
].sort((a, b) => b.length - a.length);

/** Words that introduce a share bar; they only count when at least one share token follows. */
const LEAD_INS = ['Diesen Artikel teilen:', 'Artikel teilen:', 'Share this:', 'Share:', 'Teilen:'];
/** "Share on <network>" and its German variants; two in a row form a share bar on their own. */
const TOKEN_PREFIXES = ['Share on ', 'Share via ', 'Share to ', 'Teilen auf ', 'Teilen via '];
const STARTS = ['Share', 'Teilen', 'Diesen Artikel', 'Artikel teilen'];

function skipSpaces(line: string, i: number): number {
  while (line[i] === ' ') i++;
  return i;
}

/** End offset of a run of one or more "Share on <network>" tokens at `pos`, or -1. */
function shareTokensEnd(line: string, pos: number): number {
  const end = shareTokens(line, pos);
  return end.tokens > 0 ? end.at : -1;
}

/** End offset of a share bar starting exactly at `pos`, or -1. Bounded work per call. */
function shareBarEnd(line: string, pos: number): number {
  let i = pos;
  const leadIn = LEAD_INS.find((l) => line.startsWith(l, i));
  if (leadIn) i += leadIn.length;
  const run = shareTokens(line, i);
  return (leadIn && run.tokens >= 1) || run.tokens >= 2 ? run.at : -1;
}

/** How many "Share on <network>" tokens follow `from`, and where they end. */
function shareTokens(line: string, from: number): { tokens: number; at: number } {
  let i = from;
  let tokens = 0;
  for (;;) {
    let j = skipSpaces(line, i);
    const prefix = TOKEN_PREFIXES.find((p) => line.startsWith(p, j));
    if (!prefix) break;
    j += prefix.length;
    const network = NETWORKS.find((n) => line.startsWith(n, j));
    if (!network) break;
    i = j + network.length;
    tokens++;
  }
  return { tokens, at: i };
}

export interface ShareSplit {
  before: string;
  residue: string;
  after: string;
}

/**
 * Finds the first share bar in a line and splits the line around it. Text before and after is
 * returned untrimmed so the caller decides; `residue` is exactly the share bar.
 */
export function splitShareResidue(line: string): ShareSplit | undefined {
  let best = -1;
  let bestEnd = -1;
  for (const start of STARTS) {
    let at = line.indexOf(start);
    while (at >= 0 && (best < 0 || at < best)) {
      const end = shareBarEnd(line, at);
      if (end >= 0) {
        best = at;
        bestEnd = end;
        break;
      }
      at = line.indexOf(start, at + 1);
    }
  }
  if (best < 0) return undefined;
  return {
    before: line.slice(0, best),
    residue: line.slice(best, bestEnd),
    after: line.slice(bestEnd),
  };
}
