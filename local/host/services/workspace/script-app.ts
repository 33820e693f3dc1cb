import { MANIFEST_SCOPES } from '../../../../src/core/manifest.js';
import { SCOPE } from '../../scopes.js';
import { counted, type ServiceContext } from '../../service-context.js';
import { Spreadsheet } from '../sheets/spreadsheet.js';
import { requireAccess } from './access.js';
import { serviceError } from './errors.js';
import { enumName, type ScriptEnums } from './script-enums.js';
import { isUsersTrigger, TriggerBuilder, TriggerHandle, triggerDocument, triggerIdOf } from './triggers.js';
import { contextArray } from './values.js';

/** The script id the host reports; the state keeps none, and one script runs per workspace. */
const LOCAL_SCRIPT_ID = '1LaunchDeskLocalHostScript';

/** The scopes an authorization mode needs: LIMITED reaches only the open spreadsheet and its UI. */
function scopesFor(authMode: string): readonly string[] {
  switch (authMode) {
    case 'NONE':
      return [];
    case 'LIMITED':
      return MANIFEST_SCOPES.filter((scope) => scope === SCOPE.spreadsheets || scope === SCOPE.containerUi);
    default:
      return MANIFEST_SCOPES;
  }
}

/** `ScriptApp.getAuthorizationInfo(mode)`: whether the user still has to grant scopes of the manifest. */
export class AuthorizationInfo {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly enums: ScriptEnums,
    private readonly required: readonly string[],
  ) {
    counted(ctx, 'AuthorizationInfo', this);
  }

  /** REQUIRED while a needed scope is not granted, else NOT_REQUIRED. */
  getAuthorizationStatus(): object {
    return this._missing().length > 0
      ? this.enums.AuthorizationStatus.REQUIRED
      : this.enums.AuthorizationStatus.NOT_REQUIRED;
  }

  /** Where the user grants the missing scopes, or null when nothing is missing. */
  getAuthorizationUrl(): string | null {
    return this._missing().length > 0
      ? `https://script.google.com/macros/d/${LOCAL_SCRIPT_ID}/authorize`
      : null;
  }

  /** The needed scopes the user has granted. */
  getAuthorizedScopes(): string[] {
    const granted = this.required.filter((scope) => this.ctx.state.grantedScopes.includes(scope));
    return contextArray(this.ctx.realm, granted);
  }

  private _missing(): string[] {
    return this.required.filter((scope) => !this.ctx.state.grantedScopes.includes(scope));
  }
}

/**
 * ScriptApp: its enums, time-driven triggers (see triggers.ts for the limits) and the
 * authorization state. A trigger that Apps Script disabled is still listed: a Trigger object has
 * no way to tell, so the flag stays in the state for the scheduler and the tests.
 */
export class ScriptAppService {
  readonly AuthMode: ScriptEnums['AuthMode'];
  readonly AuthorizationStatus: ScriptEnums['AuthorizationStatus'];
  readonly EventType: ScriptEnums['EventType'];
  readonly TriggerSource: ScriptEnums['TriggerSource'];
  readonly InstallationSource: ScriptEnums['InstallationSource'];
  readonly WeekDay: ScriptEnums['WeekDay'];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly enums: ScriptEnums,
  ) {
    this.AuthMode = enums.AuthMode;
    this.AuthorizationStatus = enums.AuthorizationStatus;
    this.EventType = enums.EventType;
    this.TriggerSource = enums.TriggerSource;
    this.InstallationSource = enums.InstallationSource;
    this.WeekDay = enums.WeekDay;
    counted(ctx, 'ScriptApp', this);
  }

  newTrigger(functionName: unknown): TriggerBuilder {
    requireAccess(this.ctx, 'ScriptApp.newTrigger', SCOPE.scriptApp);
    if (typeof functionName !== 'string' || functionName === '') {
      throw serviceError(this.ctx, 'Invalid argument: functionName');
    }
    return new TriggerBuilder(this.ctx, this.enums, functionName);
  }

  /**
   * This user's triggers of the add-on in EVERY document that installed it (other trackers'
   * included), disabled ones too: code that deletes "its" triggers from this list by handler
   * name deletes another tracker's.
   */
  getProjectTriggers(): TriggerHandle[] {
    requireAccess(this.ctx, 'ScriptApp.getProjectTriggers', SCOPE.scriptApp);
    return this._triggers(() => true);
  }

  /** This user's triggers created in the given spreadsheet. */
  getUserTriggers(container: unknown): TriggerHandle[] {
    requireAccess(this.ctx, 'ScriptApp.getUserTriggers', SCOPE.scriptApp);
    if (!(container instanceof Spreadsheet)) {
      throw serviceError(this.ctx, 'Invalid argument: spreadsheet');
    }
    const id = container._id();
    return this._triggers((documentId) => documentId === id);
  }

  /** Removes a trigger; one already gone is ignored. */
  deleteTrigger(trigger: unknown): void {
    requireAccess(this.ctx, 'ScriptApp.deleteTrigger', SCOPE.scriptApp);
    const id = triggerIdOf(trigger);
    if (id === undefined) throw serviceError(this.ctx, 'Invalid argument: trigger');
    const { state } = this.ctx;
    state.triggers = state.triggers.filter((stored) => stored.id !== id || !isUsersTrigger(stored, state));
  }

  getScriptId(): string {
    return LOCAL_SCRIPT_ID;
  }

  /** A stand-in token: the host calls no Google API with it. */
  getOAuthToken(): string {
    return 'ya29.launch-desk-local-host';
  }

  getAuthorizationInfo(authMode: unknown, _oAuthScopes?: unknown): AuthorizationInfo {
    return new AuthorizationInfo(this.ctx, this.enums, scopesFor(this._authMode(authMode)));
  }

  /** Stops the execution with Apps Script's message while a manifest scope is not granted. */
  requireAllScopes(authMode: unknown): void {
    this._requireGranted(scopesFor(this._authMode(authMode)));
  }

  /** Stops the execution while one of these scopes is not granted. */
  requireScopes(authMode: unknown, oAuthScopes: unknown): void {
    this._authMode(authMode);
    this._requireGranted(Array.isArray(oAuthScopes) ? oAuthScopes.map(String) : []);
  }

  private _requireGranted(scopes: readonly string[]): void {
    if (scopes.some((scope) => !this.ctx.state.grantedScopes.includes(scope))) {
      throw serviceError(this.ctx, 'Authorization is required to perform that action.');
    }
  }

  private _authMode(value: unknown): string {
    const name = enumName(value);
    if (name === undefined || !(name in this.enums.AuthMode)) {
      throw serviceError(this.ctx, 'Invalid argument: authMode');
    }
    return name;
  }

  private _triggers(inDocument: (documentId: string) => boolean): TriggerHandle[] {
    const { state } = this.ctx;
    const handles = state.triggers
      .filter((trigger) => isUsersTrigger(trigger, state) && inDocument(triggerDocument(trigger, state)))
      .map((trigger) => new TriggerHandle(this.enums, trigger.id, trigger.handler, this.ctx));
    return contextArray(this.ctx.realm, handles);
  }
}
