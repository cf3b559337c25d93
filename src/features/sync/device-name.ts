import { t as translate, type Translate } from '@/shared/i18n';

/** A name for this device that its owner will recognise in a list ("Firefox on Android"). */
export function defaultDeviceName(
  userAgent: string = navigator.userAgent,
  t: Translate = translate,
): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\/|Chromium\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : t('sync.device.someBrowser');
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : t('sync.device.someSystem');
  return t('sync.device.defaultName', { browser, system });
}
