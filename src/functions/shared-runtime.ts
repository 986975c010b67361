/**
 * Loaded by taskpane.html, the page of the shared runtime: the custom functions are
 * associated there, and only where Excel provides the custom functions runtime (an older
 * client opens the pane without it).
 */
if (typeof CustomFunctions !== 'undefined') void import('./functions');
