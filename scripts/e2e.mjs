// `npm run test:e2e [-- playwright args]`: browser tests in Chromium against the production build.
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { run } from './run.mjs';

const browser = findChromium();
if (browser === null) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const env = browser ? { CHROMIUM_PATH: browser } : {};
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)], env));
