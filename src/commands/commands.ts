/// <reference types="office-js" />
/**
 * The manifest's FunctionFile (webpack entry → commands.html): binds the ribbon's
 * ExecuteFunction buttons to their handlers once Office is ready.
 */
import { officeCapabilities, officeRunner } from '../adapters/office/office-runtime';
import { ribbonActions } from './ribbon-actions';
import { RIBBON_FUNCTIONS } from './ribbon-functions';

Office.onReady(() => {
  const actions = ribbonActions({
    run: officeRunner,
    capabilities: officeCapabilities(),
    // A function file has no UI: the console (F12 on the add-in's runtime) is where a failure shows.
    report: (message) => console.error(message),
  });
  for (const name of RIBBON_FUNCTIONS) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      void actions[name](event);
    });
  }
});
