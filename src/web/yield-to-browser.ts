/**
 * Lets the browser paint (the progress bar, its message) between steps of work that otherwise
 * runs in one go on the main thread. Outside a browser it is a plain macrotask.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
