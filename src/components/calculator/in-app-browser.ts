/**
 * WeChat's built-in browser, where many people open a link sent to them: it often saves no file a page makes (a
 * download link to a blob: address), on Android and iPhone alike, and says nothing. Where the page makes a file (the
 * PDF worksheet, 导出草稿), it says how to get it: open the page in the phone's own browser.
 */
export const inWeChat = (): boolean => typeof navigator !== 'undefined' && /MicroMessenger/i.test(navigator.userAgent);

/** Said beside a button that saves a file, in WeChat only. */
export const WECHAT_DOWNLOAD = '在微信中打开时可能无法保存文件：请点右上角“···”，选择“在浏览器打开”后再下载。';
