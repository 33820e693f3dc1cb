import type { ServiceContext } from '../../service-context.js';
import { HtmlService } from './html.js';
import { LockService } from './lock.js';
import { createConsole, Logger } from './logger.js';
import { PropertiesService } from './properties.js';
import { Session } from './session.js';
import { SpreadsheetApp } from './spreadsheet-app.js';
import { Utilities } from './utilities.js';

/**
 * SpreadsheetApp, HtmlService, PropertiesService, LockService, Utilities, Session, Logger and
 * console for one execution. Each is made fresh, so nothing (held locks, cached objects)
 * outlives the execution, as in Apps Script.
 */
export function createSheetsServices(ctx: ServiceContext): Record<string, unknown> {
  return {
    SpreadsheetApp: new SpreadsheetApp(ctx),
    HtmlService: new HtmlService(ctx),
    PropertiesService: new PropertiesService(ctx),
    LockService: new LockService(ctx),
    Utilities: new Utilities(ctx),
    Session: new Session(ctx),
    Logger: new Logger(ctx),
    console: createConsole(ctx),
  };
}
