/**
 * The Drive v3 and Docs v1 advanced services. They are `undefined` when the manifest does not
 * enable them; say so plainly instead of failing with "cannot read property of undefined".
 */

/** The Drive advanced service, or an error naming the fix. */
export function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error(
      'The Drive advanced service (v3) is not enabled: add it in appsscript.json and push again.',
    );
  }
  return Drive;
}

/** The Docs advanced service, or an error naming the fix. */
export function docs(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs) {
    throw new Error(
      'The Docs advanced service (v1) is not enabled: add it in appsscript.json and push again.',
    );
  }
  return Docs;
}
