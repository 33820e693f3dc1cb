import type { ServiceContext } from '../../service-context.js';

/** SpreadsheetApp, HtmlService, PropertiesService, LockService, Utilities, Session, Logger, console. */
export function createSheetsServices(_ctx: ServiceContext): Record<string, unknown> {
  return {};
}
