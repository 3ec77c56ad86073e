// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The hash of text-size.js for the Content-Security-Policy's script-src: the layouts write the file inline at the top
 * of <body> (imported with ?raw, so byte for byte), and Astro hashes only the scripts it bundles. Read from the
 * project's root, where astro.config.mjs runs.
 * @type {`sha256-${string}`}
 */
export const TEXT_SIZE_HASH = `sha256-${createHash('sha256').update(readFileSync('src/lib/content/text-size.js')).digest('base64')}`;
