/* global localStorage, document, window */
// Runs from <head>, before the first paint: puts the reader's saved theme, text size and line
// length on <html>, so that a page drawn before the app starts (a prerendered article) already
// looks the way the reader left it. The app keeps them in step from then on
// (src/app/use-apply-preferences.ts; its test checks that both agree).
(function () {
  // As WIDTH_CH and FONT_SIZES in src/shared/stores/preferences.ts.
  var WIDTH_CH = { narrow: 56, medium: 66, wide: 80 };
  var prefs = {};
  try {
    prefs = JSON.parse(localStorage.getItem('sidenote.preferences') || '{}').state || {};
  } catch {
    // No storage, or unreadable preferences: the defaults below.
  }
  var html = document.documentElement;
  var theme = prefs.theme;
  if (theme !== 'light' && theme !== 'sepia' && theme !== 'dark') {
    var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
    theme = dark ? 'dark' : 'light';
  }
  html.dataset.theme = theme;
  var size = prefs.fontSize;
  if (typeof size === 'number' && size >= 15 && size <= 26) {
    html.style.setProperty('--reader-font-size', size + 'px');
  }
  html.style.setProperty('--reader-measure', (WIDTH_CH[prefs.width] || WIDTH_CH.medium) + 'ch');
  // A prerendered article shows the top of the plain reader; a link to the original view or to
  // a passage would show it before the app moves on, so the page waits for the app instead.
  if (window.location.search || window.location.hash) html.dataset.prerender = 'off';
  // So would an article the reader has a place in: the app scrolls there once it has started.
  // (src/features/reader/places.ts keeps the list.)
  var read = /^\/read\/([^/]+)$/.exec(window.location.pathname);
  if (read) {
    try {
      var places = JSON.parse(localStorage.getItem('sidenote.places') || '[]');
      if (places.indexOf(decodeURIComponent(read[1])) >= 0) html.dataset.prerender = 'off';
    } catch {
      // No list, no waiting.
    }
  }
})();
