export {
  t,
  translate,
  useT,
  useLocale,
  currentLocale,
  loadLocale,
  loadAreas,
  allAreas,
  useLocaleStore,
  CORE_AREAS,
  type Area,
} from './i18n';
export type { MessageParams, Translate } from './i18n';
export type { MessageId } from './message-id';
export { formatDate, formatNumber, useFormat, DATE, DATE_TIME, SHORT_DATE } from './format';
export { LOCALES, localeOf, resolveLocale, type Locale } from './locale';
export { startLanguage, useApplyLanguage } from './apply-language';
export { useRichT } from './rich';
