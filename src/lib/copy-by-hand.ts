/**
 * What to tell a person whose browser refused to copy a link (no clipboard access): the link is shown selected, and
 * they copy it themselves, by keys on a computer and by a long press on a phone or tablet (a new user on a phone was
 * told to press Ctrl+C). `coarse`: the main pointer is a finger (CSS `pointer: coarse`).
 */
export function copyByHandText(coarse: boolean): string {
  return coarse ? '无法直接复制，链接已选中，请长按链接后选择“复制”。' : '无法直接复制，链接已选中，请按 Ctrl+C（苹果电脑按 ⌘+C）复制。';
}

/** Whether the main pointer is a finger, by the browser's media query; false where it cannot say. */
export function fingerPointer(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}
