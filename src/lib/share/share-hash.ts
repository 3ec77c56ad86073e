/**
 * Recognising a share link, apart from the codec (share-link.ts) so that the calculator page can tell a share
 * link on load without downloading the codec, which is loaded when a link is opened or made. The key is
 * share-link.ts's SHARE_KEY, written out here so that neither module imports the other (a shared module would
 * become a chunk of its own); tests/unit/share checks that a made link is recognised.
 */

/** True when a location hash is a share link. */
export function isShareHash(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith('share=');
}
