import type { MessageId } from '@/shared/i18n';

/**
 * Every keyboard shortcut, for the `?` dialog (and kept in step with the README). Keys are as
 * printed on the key; the named ones are translated where shown (KEY_NAMES: Ctrl → Strg).
 */
export const SHORTCUTS: Array<{
  section: MessageId;
  items: Array<{ keys: string[]; does: MessageId }>;
}> = [
  {
    section: 'app.shortcuts.section.everywhere',
    items: [
      { keys: ['?'], does: 'app.shortcuts.help' },
      { keys: ['/'], does: 'app.shortcuts.search' },
      { keys: ['g', 'l'], does: 'app.shortcuts.goLibrary' },
      { keys: ['g', 'n'], does: 'app.shortcuts.goNotebook' },
      { keys: ['g', 'r'], does: 'app.shortcuts.goReview' },
      { keys: ['g', 't'], does: 'app.shortcuts.goTags' },
      { keys: ['g', 's'], does: 'app.shortcuts.goSettings' },
      { keys: ['Esc'], does: 'app.shortcuts.closeAny' },
    ],
  },
  {
    section: 'app.shortcuts.section.reading',
    items: [
      { keys: ['←→↑↓'], does: 'app.shortcuts.caret' },
      { keys: ['Shift', '←→↑↓'], does: 'app.shortcuts.select' },
      { keys: ['h'], does: 'app.shortcuts.highlight' },
      { keys: ['1–5'], does: 'app.shortcuts.highlightIn' },
      { keys: ['Delete'], does: 'app.shortcuts.delete' },
      { keys: ['Ctrl', 'z'], does: 'app.shortcuts.undo' },
      { keys: ['Ctrl', 'Enter'], does: 'app.shortcuts.saveNote' },
    ],
  },
  {
    section: 'app.shortcuts.section.sideBySide',
    items: [
      { keys: ['n'], does: 'app.shortcuts.nextAligned' },
      { keys: ['p'], does: 'app.shortcuts.previousAligned' },
    ],
  },
  {
    section: 'app.shortcuts.section.review',
    items: [
      { keys: ['Space'], does: 'app.shortcuts.reveal' },
      { keys: ['1', '2', '3', '4'], does: 'app.shortcuts.grade' },
      { keys: ['u'], does: 'app.shortcuts.undoGrade' },
    ],
  },
];

/** Keys whose name differs on a German keyboard ("Strg", "Entf"); the rest are shown as they are. */
export const KEY_NAMES: Readonly<Record<string, MessageId>> = {
  Ctrl: 'app.shortcuts.key.ctrl',
  Shift: 'app.shortcuts.key.shift',
  Delete: 'app.shortcuts.key.delete',
  Enter: 'app.shortcuts.key.enter',
  Space: 'app.shortcuts.key.space',
};
