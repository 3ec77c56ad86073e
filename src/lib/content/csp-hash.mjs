// @ts-check
import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source that allows exactly this inline script (Astro hashes only the scripts it
 * bundles; our own inline ones are listed in astro.config.mjs by this).
 * @param {string | Buffer} text
 * @returns {`sha256-${string}`}
 */
export function cspHash(text) {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
