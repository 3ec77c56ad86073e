/**
 * What the calculator says when this browser keeps nothing on the device (openDraftStore). A module of its own, fetched
 * only then: the words are some 100 B brotli of the calculator's start-up code, and private windows are few.
 */
export const UNAVAILABLE = '此浏览器不允许本站在本机保存数据（例如处于隐私或无痕模式）。测算仍可正常使用，但内容只保存在当前页面中，关闭或刷新后会丢失。请用“导出草稿”把草稿保存为文件。';
