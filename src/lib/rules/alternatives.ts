/** Wording for materials that are alternatives; its own module, so that only the parts showing materials load it. */

/**
 * Materials that are alternatives, in the same words on the checklist, in the calculator, the batch check and the PDF
 * (they said 方式一, 第一组 and （1） of the same sets): 以下材料之一, then 方式一, 方式二….
 */
export const ONE_OF_LABEL = '以下材料之一';
/** What the label asks, after it. */
export const ONE_OF_HOW = '任选一种方式，备齐该方式下的全部材料即可。';
export const ONE_OF_TEXT = `${ONE_OF_LABEL}：${ONE_OF_HOW}`;
/**
 * The label of a materials entry's extra line, the same in every place that shows one. 注, not 另需: of the five extras,
 * two ask for documents (检索材料; the training materials of the years after a 认定单), one is a condition (the 备案
 * of an employer's training) and two are explanations (the exam's two names, the 2024 核认 procedure).
 */
export const EXTRA_LABEL = '注';
const ALTERNATIVE_NAMES = ['方式一', '方式二', '方式三', '方式四', '方式五'];
/** The name of the n-th alternative (0-based): 方式一, 方式二… */
export function alternativeName(index: number): string {
  return ALTERNATIVE_NAMES[index] ?? `方式${index + 1}`;
}
