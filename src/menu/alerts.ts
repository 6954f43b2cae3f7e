import { TipError, cap } from '../core/base/errors';

export const ADDON_TITLE = 'TIP Cambodia';

/**
 * Runs a menu action; any failure reaches the user as a plain alert, never a stack trace.
 * Unexpected errors are also logged (Apps Script's exception logging keeps the stack).
 */
export function runAction(action: () => void): void {
  try {
    action();
  } catch (err) {
    const ui = SpreadsheetApp.getUi();
    let message: string;
    if (err instanceof TipError) {
      message = err.message;
    } else {
      console.error(err);
      const text =
        typeof (err as Error)?.message === 'string' ? (err as Error).message : String(err);
      message = `Something went wrong: ${text.replace(/\.$/, '')}.`;
    }
    ui.alert(ADDON_TITLE, cap(message), ui.ButtonSet.OK);
  }
}
