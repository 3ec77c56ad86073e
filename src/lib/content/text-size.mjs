// @ts-check
import { readFileSync } from 'node:fs';
import { cspHash } from './csp-hash.mjs';

/**
 * The hash of text-size.js for the Content-Security-Policy's script-src: the layouts write the file inline at the top
 * of <body> (imported with ?raw, so byte for byte).
 */
export const TEXT_SIZE_HASH = cspHash(readFileSync(new URL('./text-size.js', import.meta.url)));
