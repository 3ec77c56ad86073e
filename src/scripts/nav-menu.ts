/**
 * On every page: the phone's 菜单, a <details> disclosure (BaseLayout), closes as a disclosure menu does. Escape closes
 * it and puts focus back on 菜单, where a keyboard user carries on; a tap or click anywhere outside it closes it, as
 * the panel covers the page. Without JavaScript the menu still opens and closes by 菜单 itself.
 */
const menu = document.querySelector<HTMLDetailsElement>('details.nav-menu');
const button = menu?.querySelector<HTMLElement>('summary');
if (menu && button) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    const focusInMenu = menu.contains(document.activeElement) || document.activeElement === document.body;
    menu.open = false;
    // Focus left elsewhere on the page (a field the person had moved to) stays where it is.
    if (focusInMenu) button.focus();
  });
  document.addEventListener('click', (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  });
}
