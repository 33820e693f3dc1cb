/**
 * The manifest's scope list, read from `appsscript.json` when the bundle is built, so the list
 * the add-on asks for, the one the diagnostics compare with what was granted and the one the
 * local hosts grant are the same (architecture.md, "Scopes"). A scope is added or dropped in
 * the manifest only.
 */
import { oauthScopes } from '../../appsscript.json';

/** The scopes the manifest lists: no fewer may be granted, and no more should be. */
export const MANIFEST_SCOPES: readonly string[] = oauthScopes;
