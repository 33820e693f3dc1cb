import type { DocumentKind } from '../documents';

/** One block of a master document: a title, a heading, a paragraph, a bulleted list or a table. */
export type MasterBlock =
  | { title: string }
  | { heading: string }
  | { subheading: string }
  | { text: string }
  | { list: string[] }
  | { table: string[][] };

/** The masters of one language, each a list of blocks with `{{placeholders}}`. */
export type MasterSet = Readonly<Record<DocumentKind, readonly MasterBlock[]>>;
