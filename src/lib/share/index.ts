/** Share links: a case in the URL fragment, without personal fields. */
export { encodeShareFragment, decodeShareHash, shareUrl, shareableDraft, SHARE_KEY, SHARE_VERSION, MAX_SHARE_FRAGMENT, MAX_SHARE_JSON_BYTES } from './share-link';
export { isShareHash } from './share-hash';
export type { DecodeShareResult } from './share-link';
