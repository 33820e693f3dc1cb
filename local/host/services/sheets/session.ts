import { createHash } from 'node:crypto';
import { SCRIPT_TIME_ZONE } from '../../new-state.js';
import { SCOPE } from '../../scopes.js';
import { counted, type ServiceContext } from '../../service-context.js';
import { requireAuthorization } from './auth-guard.js';
import { serviceError } from './errors.js';

/** A user as Session describes one: only the email is modelled. */
export class User {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly email: string,
    private readonly method: string,
  ) {
    counted(ctx, 'User', this);
  }

  /**
   * The user's email address. With explicit scopes Apps Script refuses it unless
   * `userinfo.email` was granted, naming the Session method the user came from.
   */
  getEmail(): string {
    if (!this.ctx.state.grantedScopes.includes(SCOPE.userinfoEmail)) {
      throw serviceError(
        this.ctx,
        `You do not have permission to call ${this.method}. Required permissions: ${SCOPE.userinfoEmail}`,
      );
    }
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
    return new User(this.ctx, this.ctx.state.user.email, 'Session.getActiveUser');
  }

  /** The user whose authority the script runs under. */
  getEffectiveUser(): User {
    requireAuthorization(this.ctx, 'Session.getEffectiveUser');
    return new User(this.ctx, this.ctx.state.user.email, 'Session.getEffectiveUser');
  }

  /** The user's language setting, e.g. `zh_TW`. */
  getActiveUserLocale(): string {
    return this.ctx.state.user.locale;
  }

  /** The script's zone: the manifest's `timeZone`, not the spreadsheet's. */
  getScriptTimeZone(): string {
    return SCRIPT_TIME_ZONE;
  }

  /** A stable, opaque key for the user that does not reveal the email. */
  getTemporaryActiveUserKey(): string {
    requireAuthorization(this.ctx, 'Session.getTemporaryActiveUserKey');
    return createHash('sha256').update(`launch-desk-host:${this.ctx.state.user.email}`).digest('base64');
  }
}
