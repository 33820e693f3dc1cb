import { createHash } from 'node:crypto';
import { counted, type ServiceContext } from '../../service-context.js';
import { requireAuthorization } from './auth-guard.js';

/** A user as Session describes one: only the email is modelled. */
export class User {
  constructor(
    ctx: ServiceContext,
    private readonly email: string,
  ) {
    counted(ctx, 'User', this);
  }

  /** The user's email address. */
  getEmail(): string {
    return this.email;
  }
}

/**
 * `Session`. The host has one user, who both runs the add-on and installed its triggers, so the
 * active and the effective user are the same person.
 */
export class Session {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'Session', this);
  }

  /** The user running the script. */
  getActiveUser(): User {
    requireAuthorization(this.ctx, 'Session.getActiveUser');
    return new User(this.ctx, this.ctx.state.user.email);
  }

  /** The user whose authority the script runs under. */
  getEffectiveUser(): User {
    requireAuthorization(this.ctx, 'Session.getEffectiveUser');
    return new User(this.ctx, this.ctx.state.user.email);
  }

  /** The user's language setting, e.g. `zh_TW`. */
  getActiveUserLocale(): string {
    return this.ctx.state.user.locale;
  }

  /** The script's zone; the state keeps one zone, the spreadsheet's. */
  getScriptTimeZone(): string {
    return this.ctx.state.spreadsheet.timeZone;
  }

  /** A stable, opaque key for the user that does not reveal the email. */
  getTemporaryActiveUserKey(): string {
    requireAuthorization(this.ctx, 'Session.getTemporaryActiveUserKey');
    return createHash('sha256').update(`launch-desk-host:${this.ctx.state.user.email}`).digest('base64');
  }
}
