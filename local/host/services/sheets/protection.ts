import { counted, type ServiceContext } from '../../service-context.js';
import type { ProtectionState } from '../../state.js';

/**
 * A protected range (`Range.protect()`), live over its entry in the sheet's state: setting the
 * description or the warning-only flag changes the spreadsheet at once, as in Apps Script.
 */
export class Protection {
  constructor(
    ctx: ServiceContext,
    private readonly entry: ProtectionState,
  ) {
    counted(ctx, 'Protection', this);
  }

  /** The description shown in the protected-ranges panel. */
  getDescription(): string {
    return this.entry.description;
  }

  /** Sets the description. */
  setDescription(description: string): Protection {
    this.entry.description = String(description);
    return this;
  }

  /** Whether editors are only warned instead of refused. */
  isWarningOnly(): boolean {
    return this.entry.warningOnly;
  }

  /** Warn instead of refusing edits (the host does not enforce protections either way). */
  setWarningOnly(warningOnly: boolean): Protection {
    this.entry.warningOnly = Boolean(warningOnly);
    return this;
  }
}
