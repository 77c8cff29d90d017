// Clean-up for things that outlive a page's DOM (charts and graphs hold listeners and canvases).
const leaving: (() => void)[] = [];

/** Registers clean-up to run when the user leaves the page. */
export function onLeave(fn: () => void): void {
  leaving.push(fn);
}

export function leavePage(): void {
  for (const fn of leaving.splice(0)) {
    try {
      fn();
    } catch {
      /* a broken chart must not block navigation */
    }
  }
}
