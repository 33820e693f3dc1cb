/**
 * The key of a tracker property: the user's property store, under a prefix naming the
 * spreadsheet. The add-on keeps there what a time-driven run must read (it has no document
 * properties); the local host writes there too, what it learns after an execution (mail outcomes).
 */
export function trackerPropertyKey(spreadsheetId: string, key: string): string {
  return `tracker.${spreadsheetId}.${key}`;
}
