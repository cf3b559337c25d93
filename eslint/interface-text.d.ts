/** no-restricted-syntax entries refusing interface text outside the catalogs (interface-text.js). */
export const interfaceTextSelectors: Array<{ selector: string; message: string }>;

/** The same for interface text in object properties (message, label, title, …). */
export const interfaceTextProperties: Array<{ selector: string; message: string }>;
