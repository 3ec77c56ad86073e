/** Moving the person to a place on the page: what they need to see at the top of the screen, focus on the target. */

/** Scrolls `show` (default: the target itself) to the top of the screen and focuses `target` without scrolling again. */
export function goTo(target: HTMLElement | null, show: Element | null = target): void {
  if (target === null) return;
  (show ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The results heading: where 查看结果 and an opened share link take the person. */
export function goToResults(): void {
  goTo(document.getElementById('calc-results-heading'));
}
