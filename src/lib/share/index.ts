/** Share links: a case in the URL fragment, without personal fields. */
export { encodeShareFragment, decodeShareHash, shareUrl, shareableDraft, isShareHash, SHARE_KEY, SHARE_VERSION } from './share-link';
export type { DecodeShareResult } from './share-link';
