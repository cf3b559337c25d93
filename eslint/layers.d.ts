import type { Linter } from 'eslint';

/** The layer rules for the project whose src/ and tsconfig.json are in `root` (see layers.js). */
export function layers(root: string): Linter.Config[];
