/**
 * Ui (the add-on menu, alerts, sidebars) and HtmlService's outputs and templates.
 */
import type { Recorder } from './cells';

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export interface Alert {
  title: string;
  prompt: string;
  buttons: string;
}

export class FakeMenu implements Pick<GMenu, 'addItem' | 'addSeparator' | 'addToUi'> {
  readonly items: ({ label: string; functionName: string } | 'separator')[] = [];
  constructor(
    readonly ui: FakeUi,
    readonly title: string,
  ) {}
  addItem(caption: string, functionName: string): GMenu {
    this.ui.rec.log('Menu.addItem');
    this.items.push({ label: caption, functionName });
    return this as unknown as GMenu;
  }
  addSeparator(): GMenu {
    this.ui.rec.log('Menu.addSeparator');
    this.items.push('separator');
    return this as unknown as GMenu;
  }
  addToUi(): void {
    this.ui.rec.log('Menu.addToUi');
    this.ui.menus.push(this);
  }
}

export class FakeUi implements Pick<GUi, 'alert' | 'createAddonMenu' | 'showSidebar'> {
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  readonly alerts: Alert[] = [];
  readonly menus: FakeMenu[] = [];
  readonly sidebars: { title: string; html: string }[] = [];
  /** Answers for the next alerts, in order; an alert with none left answers OK or NO. */
  readonly answers: ButtonName[] = [];
  /** Asks a person instead (the preview); takes precedence over `answers`. */
  onAlert: ((alert: Alert) => ButtonName) | null = null;

  constructor(readonly rec: Recorder) {}

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.rec.log('Ui.alert');
    const [title, prompt, buttons] =
      args.length >= 3
        ? (args as string[])
        : args.length === 2
          ? ['', args[0], args[1]]
          : ['', args[0], 'OK'];
    const alert = { title: String(title), prompt: String(prompt), buttons: String(buttons) };
    this.alerts.push(alert);
    const answer =
      this.onAlert?.(alert) ??
      this.answers.shift() ??
      (String(buttons).startsWith('YES') ? 'NO' : 'OK');
    return answer as unknown as GoogleAppsScript.Base.Button;
  }
  createAddonMenu(): GMenu {
    this.rec.log('Ui.createAddonMenu');
    return new FakeMenu(this, 'add-on') as unknown as GMenu;
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.rec.log('Ui.showSidebar');
    const out = userInterface as unknown as { getTitle(): string; getContent(): string };
    this.sidebars.push({ title: out.getTitle(), html: out.getContent() });
  }
  /** The items of the add-on menu, as the user sees them. */
  get menu(): FakeMenu | undefined {
    return this.menus[this.menus.length - 1];
  }
}

/** HtmlService's createHtmlOutputFromFile, reading the files of a folder (dist/). */
export class FakeHtmlOutput {
  private title = '';
  constructor(readonly content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
}

/**
 * HtmlService's template, for the one kind of scriptlet the add-on uses: a force-printing
 * scriptlet naming a property of the template, <?!= name ?>, printed as it is (no escaping),
 * as HtmlService does. Any other scriptlet is refused: the fake does not run template code.
 */
export class FakeHtmlTemplate {
  [name: string]: unknown;
  constructor(private readonly raw: string) {}
  getRawContent(): string {
    return this.raw;
  }
  evaluate(): FakeHtmlOutput {
    const html = this.raw.replace(/<\?([\s\S]*?)\?>/g, (whole, body: string) => {
      const m = /^!=\s*([A-Za-z_$][\w$]*)\s*;?\s*$/.exec(body);
      if (!m) throw new Error(`The fake evaluates only <?!= name ?> scriptlets, not ${whole}`);
      const value = this[m[1]];
      if (value === undefined) throw new Error(`ReferenceError: "${m[1]}" is not defined.`);
      return String(value);
    });
    return new FakeHtmlOutput(html);
  }
}
