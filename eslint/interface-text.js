// @ts-check
/**
 * Interface text goes through the message catalogs (docs/i18n-guide.md): words written straight
 * into JSX, or into the attributes a person hears or reads (aria-label, title, placeholder, alt,
 * label, and our components' heading, description, hint, message, *Label, *Text, *Title), would stay English in the German interface. `no-restricted-syntax` selectors, so the
 * check runs with `npm run lint`; eslint/interface-text.test.ts shows what it refuses and allows.
 * A word that is the same in every language (the name "Sidenote") takes a disable comment.
 */

const WORDS = '/[A-Za-zÄÖÜäöüß]{2,}/';
const SPOKEN_ATTRIBUTES =
  '/^(aria-(label|description|roledescription|valuetext|placeholder)|title|placeholder|alt|label|heading|description|hint|message|[a-z]+(Label|Text|Title|Message))$/';
const message =
  "Interface text goes through the catalogs: t('area.key') from '@/shared/i18n' (docs/i18n-guide.md).";

/** @type {Array<{ selector: string, message: string }>} */
export const interfaceTextSelectors = [
  { selector: `JSXText[value=${WORDS}]`, message },
  { selector: `JSXExpressionContainer > Literal[value=${WORDS}]`, message },
  { selector: `JSXAttribute[name.name=${SPOKEN_ATTRIBUTES}] > Literal[value=${WORDS}]`, message },
  // A template in a spoken attribute or among children: `Remove ${name}` glues words to a value.
  {
    selector: `JSXAttribute[name.name=${SPOKEN_ATTRIBUTES}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
    message,
  },
  {
    selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
    message,
  },
];

/**
 * Interface text in plain objects: `showToast({ message: 'Saved' })`, `{ label: 'Light theme' }`.
 * Two words or more with a space between, so keys, message ids ('ui.nav.search') and single
 * identifiers ('light', 'reader') stay allowed.
 */
export const interfaceTextProperties = [
  {
    selector: `Property[key.name=/^(message|label|title|description|hint|heading|text|detail|action|actionLabel)$/] > Literal[value=/[A-Za-zÄÖÜäöüß]{2,}[,.:!?…]? +[A-Za-zÄÖÜäöüß]{2,}/]`,
    message,
  },
];
