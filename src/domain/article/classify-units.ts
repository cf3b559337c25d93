/**
 * Gives every unit a role, in passes from the most certain to the least:
 * 1. share residue, widget lines → removed; provenance lines → source lines; credits → caption;
 * 2. figure furniture next to a caption in the same block: a line the caption starts with is
 *    duplicated alt text (removed), and so is a one-to-three-word label on the image ("Infobae");
 * 3. the head (title, subtitle, byline, date, teasers), see `classify-head.ts`;
 * 4. bylines and dates after the last prose paragraph; a short blurb that promotes an author
 *    named nowhere else (a book advertisement inside the article) is set apart like a teaser;
 * 5. everything else is body, with `lang` when it is clearly in the other language.
 */
import { isWidgetLine } from './boilerplate';
import { classifyHead, classifyTail } from './classify-head';
import { foreignLanguage } from './language';
import { isCaptionLine, isImageLabel, isSentenceLike, promotedAuthor } from './line-features';
import { parseSourceLine } from './provenance';
import { paragraphRole, type Role, type Roles } from './roles';
import type { Unit } from './units';

function certainRole(unit: Unit, language: string): Role | undefined {
  if (unit.residue || isWidgetLine(unit.text)) return { kind: 'removed' };
  const provenance = parseSourceLine(unit.text);
  if (provenance) return { kind: 'source-line', ...provenance };
  if (isCaptionLine(unit.text))
    return paragraphRole('caption', foreignLanguage(unit.text, language));
  return undefined;
}

function isCaption(role: Role | undefined): boolean {
  return role?.kind === 'paragraph' && role.paragraph === 'caption';
}

/** Walks backwards so that a label above alt text above a caption is all recognised. */
function classifyFigures(units: readonly Unit[], roles: Roles): void {
  for (let i = units.length - 2; i >= 0; i--) {
    const unit = units[i];
    const next = units[i + 1];
    if (!unit || !next || roles[i] !== undefined || unit.block !== next.block) continue;
    if (!isCaption(roles[i + 1]) || isSentenceLike(unit.text)) continue;
    if (next.text.startsWith(unit.text) && unit.text.length < next.text.length) {
      roles[i] = { kind: 'removed' };
    } else if (isImageLabel(unit.text)) {
      // A word on the picture ("Infobae", the outlet's watermark), not a caption of it.
      roles[i] = { kind: 'removed' };
    }
  }
}

/**
 * "Gestützt auf … analysiert David North die Militärinterventionen …": a blurb for someone's book
 * or talk, one or two sentences whose author appears nowhere else in the article.
 */
function classifyPromotions(units: readonly Unit[], roles: Roles, language: string): void {
  units.forEach((unit, i) => {
    if (roles[i] !== undefined) return;
    const name = promotedAuthor(unit.text);
    if (!name) return;
    const elsewhere = units.some((other, j) => j !== i && other.text.includes(name));
    if (!elsewhere) roles[i] = paragraphRole('meta', foreignLanguage(unit.text, language));
  });
}

/** Classifies all units; the result has exactly one role per unit. */
export function classifyUnits(units: readonly Unit[], language: string): Role[] {
  const roles: Roles = units.map((u) => certainRole(u, language));
  classifyFigures(units, roles);
  classifyHead(units, roles, language);
  classifyTail(units, roles);
  classifyPromotions(units, roles, language);
  return units.map(
    (unit, i) => roles[i] ?? paragraphRole('body', foreignLanguage(unit.text, language)),
  );
}
