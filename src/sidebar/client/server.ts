/** Typed calls to the server through google.script.run, as promises. */
import type { SidebarApi } from '../api';

type Handler = (value: unknown) => void;
type Runner = {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
} & { [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => void };

declare const google: { script: { run: Runner } } | undefined;

export function call<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject(
        new Error(
          'This panel talks to Google Sheets, which is not there: open it from the add-on menu.',
        ),
      );
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler((error) =>
        reject(
          error instanceof Error ? error : new Error(String((error as Error)?.message ?? error)),
        ),
      );
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
