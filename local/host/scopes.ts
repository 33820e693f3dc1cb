/**
 * The scopes the host's guards require, one name each: what Apps Script asks for before a call
 * (docs/apps-script-contract.md, rows 2.3 to 2.5). Which scopes a user grants is the manifest's list
 * (`MANIFEST_SCOPES`, src/core/manifest.ts); this names only the scopes a guard checks.
 */
export const SCOPE = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  /** Reaches only the document a run is bound to; Apps Script names it beside `spreadsheets`. */
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  userinfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;
