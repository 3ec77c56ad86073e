/**
 * A person's own text in a draft (姓名, 工作单位, an activity's 名称) as the site keeps it: without bidirectional
 * formatting characters (LRM, RLM, embeddings, overrides, isolates), which are invisible and turn the text after them
 * backwards (U+202E in a name reversed the printed line around it), and with control characters (NUL, BEL, ESC …)
 * read as a space. Typed, imported, stored or shared alike; any other character is kept as given.
 * @example personText('\u202e恶意\u0007') // '恶意 '
 */
export function personText(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '').replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
