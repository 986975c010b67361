import { configure } from '@testing-library/react';

/**
 * jsdom computes styles by matching every CSS rule Fluent UI has inserted (hundreds of atomic
 * classes) against each element and its ancestors: ~50 ms a call, and testing-library calls it for
 * every element a role query looks at. The pane hides nothing with CSS that a test looks for
 * (collapsed panels and closed drawers are not rendered at all), so tests use an empty style, with
 * `display: none` only for the `hidden` attribute.
 */
export function useFastStyles(): void {
  configure({ defaultHidden: true });
  window.getComputedStyle = ((element: Element) => {
    const style = document.createElement('div').style;
    if (element instanceof HTMLElement && element.hidden) style.display = 'none';
    return style;
  }) as typeof window.getComputedStyle;
}
