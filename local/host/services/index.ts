import type { ServiceContext } from '../service-context.js';
import { createSheetsServices } from './sheets/index.js';
import { createWorkspaceServices } from './workspace/index.js';

/**
 * The Apps Script globals of one execution: exactly the methods `src/gas/` uses, each counted.
 * Sheets, UI, properties, locks and utilities live in `sheets/`; Drive, Docs, mail and triggers
 * in `workspace/`.
 */
export function createServices(ctx: ServiceContext): Record<string, unknown> {
  return { ...createSheetsServices(ctx), ...createWorkspaceServices(ctx) };
}
