/** Every keyboard shortcut, for the `?` dialog (and kept in step with the README). */
export const SHORTCUTS: Array<{ section: string; items: Array<{ keys: string[]; does: string }> }> =
  [
    {
      section: 'Everywhere',
      items: [
        { keys: ['?'], does: 'Show these shortcuts' },
        { keys: ['/'], does: 'Search articles, highlights, notes and tags' },
        { keys: ['g', 'l'], does: 'Go to the library' },
        { keys: ['g', 'n'], does: 'Go to the notebook' },
        { keys: ['g', 'r'], does: 'Go to review' },
        { keys: ['g', 't'], does: 'Go to the tag manager' },
        { keys: ['g', 's'], does: 'Go to settings' },
        { keys: ['Esc'], does: 'Close a menu, dialog or panel' },
      ],
    },
    {
      section: 'Reading',
      items: [
        {
          keys: ['←→↑↓'],
          does: 'Move the caret in the article text (Tab to it; also Home, End, Page Up/Down)',
        },
        {
          keys: ['Shift', '←→↑↓'],
          does: 'Select text from the caret (Ctrl for words)',
        },
        { keys: ['h'], does: 'Highlight the selection in the current colour' },
        {
          keys: ['1–5'],
          does: 'Highlight the selection in that colour, or recolour the focused highlight',
        },
        { keys: ['Delete'], does: 'Delete the focused highlight (with Undo)' },
        { keys: ['Ctrl', 'z'], does: 'Undo the last highlight, tag or colour change' },
        { keys: ['Ctrl', 'Enter'], does: 'Save the note you are typing now' },
      ],
    },
    {
      section: 'Review',
      items: [
        { keys: ['Space'], does: 'Show the note and context' },
        { keys: ['1', '2', '3', '4'], does: 'Again, hard, good, easy' },
        { keys: ['u'], does: 'Undo the last grade' },
      ],
    },
  ];
