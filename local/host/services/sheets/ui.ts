import { SCOPE } from '../../scopes.js';
import { counted, type ServiceContext, type UiLog } from '../../service-context.js';
import { requireAuthorization } from './auth-guard.js';
import { serviceError, signatureError } from './errors.js';
import { htmlOutputInfo } from './html.js';

type MenuItem = UiLog['menus'][number]['items'][number];

/**
 * The title the host records for `createAddonMenu()`: Sheets shows an add-on's menu under
 * Extensions with the add-on's name, which the host does not know.
 */
const ADDON_MENU_TITLE = 'Add-on';

/** A menu being built; `addToUi()` records it in the execution's UI log. */
export class Menu {
  private readonly items: MenuItem[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    readonly title: string,
  ) {
    counted(ctx, 'Menu', this);
  }

  /** An item that runs the global function `functionName`. */
  addItem(caption: string, functionName: string): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureError(this.ctx, 'Menu.addItem', [caption, functionName]);
    }
    this.items.push({ caption, functionName });
    return this;
  }

  /** A separator line (the UI log has no entry kind for it, so it is not recorded). */
  addSeparator(): Menu {
    return this;
  }

  /** A submenu, recorded by its title. */
  addSubMenu(menu: unknown): Menu {
    if (!(menu instanceof Menu)) throw signatureError(this.ctx, 'Menu.addSubMenu', [menu]);
    this.items.push({ submenu: menu.title });
    return this;
  }

  /** Puts the menu in the spreadsheet's menu bar. */
  addToUi(): void {
    this.ctx.ui.menus.push({ title: this.title, items: this.items.map((item) => ({ ...item })) });
  }
}

const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;

/** `SpreadsheetApp.getUi()`: menus (allowed in every auth mode), sidebars and alerts. */
export class Ui {
  /** Button sets for `alert`; the host uses their names as values. */
  readonly ButtonSet: Record<(typeof BUTTON_SETS)[number], string>;
  /** The button a dialog was closed with. */
  readonly Button: Record<'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO', string>;

  constructor(private readonly ctx: ServiceContext) {
    this.ButtonSet = ctx.realm.import({
      OK: 'OK',
      OK_CANCEL: 'OK_CANCEL',
      YES_NO: 'YES_NO',
      YES_NO_CANCEL: 'YES_NO_CANCEL',
    });
    this.Button = ctx.realm.import({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
    counted(ctx, 'Ui', this);
  }

  /** A top-level menu with this caption. */
  createMenu(caption: string): Menu {
    return new Menu(this.ctx, String(caption));
  }

  /** The add-on's menu under Extensions. */
  createAddonMenu(): Menu {
    return new Menu(this.ctx, ADDON_MENU_TITLE);
  }

  /** Opens a sidebar with this page; the host records its title and file. */
  showSidebar(userInterface: unknown): void {
    requireAuthorization(this.ctx, 'Ui.showSidebar', [SCOPE.containerUi]);
    const info = htmlOutputInfo(userInterface);
    if (info === undefined) throw signatureError(this.ctx, 'Ui.showSidebar', [userInterface]);
    this.ctx.ui.sidebars.push({ title: info.title, file: info.file });
  }

  /**
   * `alert(prompt)`, `alert(prompt, buttons)` or `alert(title, prompt, buttons)`: records the
   * text (`title: prompt` with a title) and answers as if the user pressed the first, positive
   * button (OK or YES).
   */
  alert(...args: unknown[]): string {
    requireAuthorization(this.ctx, 'Ui.alert', [SCOPE.containerUi]);
    const [title, prompt, buttons] =
      args.length >= 3
        ? args
        : args.length === 2
          ? [undefined, args[0], args[1]]
          : [undefined, args[0], 'OK'];
    if (typeof prompt !== 'string' || !BUTTON_SETS.some((set) => set === buttons)) {
      throw signatureError(this.ctx, 'Ui.alert', args);
    }
    if (title !== undefined && typeof title !== 'string')
      throw serviceError(this.ctx, 'Invalid argument: title');
    this.ctx.ui.alerts.push(title === undefined ? prompt : `${title}: ${prompt}`);
    return String(buttons).startsWith('YES') ? this.Button.YES : this.Button.OK;
  }
}
