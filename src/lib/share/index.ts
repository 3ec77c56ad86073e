/** Share links: a case in the URL fragment, without personal fields. */
export { encodeShareFragment, decodeShareHash, shareUrl, shareableDraft, SHARE_KEY, SHARE_VERSION } from './share-link';
export { isShareHash } from './share-hash';
export type { DecodeShareResult } from './share-link';
