/**
 * Runs layout-changing work (a message appearing when a field is left) only once no pointer is pressed, so that
 * nothing moves under a pointer between press and release and a click lands where it was aimed. A field loses
 * focus on press; its message then appears after the release and the click it belongs to.
 */
let pressed = false;
let waiting: (() => void)[] = [];

function release(): void {
  pressed = false;
  const run = waiting;
  waiting = [];
  // After the click that follows the release (dispatched in the same task), not before it.
  if (run.length > 0) setTimeout(() => run.forEach((fn) => fn()), 0);
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/** Calls `fn` once no pointer is pressed, after the current event's click (never synchronously). */
export function afterPointer(fn: () => void): void {
  if (pressed) waiting.push(fn);
  else setTimeout(fn, 0);
}
