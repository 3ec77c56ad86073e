/**
 * A person's name for a draft, made safe as part of a file name on every system: without the characters file
 * systems reject (\ / : * ? " < > | and control characters), without the dots and spaces Windows drops at the end, and
 * at most `max` characters (whole characters: a name with 𠮷 is not cut inside it). '' when nothing is left.
 * @example fileSafe('张伟/2024:中级. ') // '张伟2024中级'
 */
export function fileSafe(name: string, max = 40): string {
  const kept = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '').trim();
  return Array.from(kept).slice(0, max).join('').replace(/[.\s]+$/, '');
}
