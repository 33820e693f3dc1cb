/** Menus and the sidebar: the only UI an add-on shows from the server side. */

/** One menu entry: a caption and the public global it calls. */
export interface MenuItem {
  caption: string;
  functionName: string;
}

/**
 * Adds the add-on menu (Extensions → Launch Desk) with items and one submenu. It touches
 * nothing but the UI, so it is safe under AuthMode.NONE.
 */
export function addMenu(items: MenuItem[], submenu?: { title: string; items: MenuItem[] }): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const item of items) menu.addItem(item.caption, item.functionName);
  if (submenu) {
    const sub = ui.createMenu(submenu.title);
    for (const item of submenu.items) sub.addItem(item.caption, item.functionName);
    menu.addSeparator().addSubMenu(sub);
  }
  menu.addToUi();
}

/** Opens the sidebar built into `Sidebar.html`. */
export function showSidebar(title: string): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(title);
  SpreadsheetApp.getUi().showSidebar(output);
}

/** A modal alert with an OK button. */
export function alert(message: string): void {
  SpreadsheetApp.getUi().alert(message);
}
