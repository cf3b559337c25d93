// The entry of /boot.js (scripts/boot-script.ts builds it): run once, from <head>.
import { boot } from './boot';

boot();
