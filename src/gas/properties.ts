/** Document properties: small per-tracker state such as stored Drive ids and checkpoints. */

/** A document property, or null. */
export function getDocumentProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(key);
}

/** Sets a document property (strings only, 9 KB at most). */
export function setDocumentProperty(key: string, value: string): void {
  PropertiesService.getDocumentProperties().setProperty(key, value);
}

/** Every document property at once (one read instead of one per key). */
export function documentProperties(): Record<string, string> {
  return PropertiesService.getDocumentProperties().getProperties();
}

/** Sets several document properties in one write; other keys stay. */
export function setDocumentProperties(values: Record<string, string>): void {
  if (Object.keys(values).length) PropertiesService.getDocumentProperties().setProperties(values);
}

/** Every document property in one call (the daily job's journal and checkpoint are among them). */
export function allDocumentProperties(): Record<string, string> {
  return PropertiesService.getDocumentProperties().getProperties();
}

/** Removes a document property (absent ones are ignored). */
export function deleteDocumentProperty(key: string): void {
  PropertiesService.getDocumentProperties().deleteProperty(key);
}
