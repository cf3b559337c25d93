/** no-restricted-syntax entries refusing interface text outside the catalogs (interface-text.js). */
export const interfaceTextSelectors: Array<{ selector: string; message: string }>;
