/** Document properties: small per-tracker state such as stored Drive ids and checkpoints. */

/** A document property, or null. */
export function getDocumentProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(key);
}

/** Sets a document property (strings only, 9 KB at most). */
export function setDocumentProperty(key: string, value: string): void {
  PropertiesService.getDocumentProperties().setProperty(key, value);
}
