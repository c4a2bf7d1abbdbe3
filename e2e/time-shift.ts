import { readFileSync } from 'node:fs';
import { systemClock } from '../api/src/platform/clock.js';

// Test-only, preloaded by global-setup.ts into the e2e server (never part of the product): moves the server's
// clock forward by the milliseconds written in WUSHE_E2E_TIME_SHIFT_FILE, so a journey can pass a 揭榜 deadline and
// a 5-day award-notice period without waiting for them. With no file (every other spec) the clock is real time.
const file = process.env.WUSHE_E2E_TIME_SHIFT_FILE;
if (file) {
  systemClock.now = () => {
    let shift = 0;
    try { shift = Number(readFileSync(file, 'utf8')) || 0; } catch { /* no shift written */ }
    return new Date(Date.now() + shift);
  };
}
