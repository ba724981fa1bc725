/**
 * Arrow keys, Home and End move between the claim buttons of a list, so a long
 * list need not be tabbed through one stop at a time. Tab still works as usual.
 */
export function onClaimListKey(event: KeyboardEvent): void {
  const current = (event.target as HTMLElement | null)?.closest?.('.claim-button') as HTMLElement | null;
  if (!current) return;
  const root = current.closest('.claims-view') ?? document;
  const buttons = [...root.querySelectorAll<HTMLElement>('.claim-button')];
  const at = buttons.indexOf(current);
  const next =
    event.key === 'ArrowDown' ? buttons[at + 1] :
    event.key === 'ArrowUp' ? buttons[at - 1] :
    event.key === 'Home' ? buttons[0] :
    event.key === 'End' ? buttons[buttons.length - 1] :
    undefined;
  if (!next) return;
  event.preventDefault();
  next.focus();
}
