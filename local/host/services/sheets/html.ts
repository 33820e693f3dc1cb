import { counted, type ServiceContext } from '../../service-context.js';

/** What a sidebar or dialog shows: the file it came from (if any), its HTML and its title. */
export interface HtmlOutputInfo {
  file: string;
  content: string;
  title: string;
  width?: number;
}

const outputs = new WeakMap<object, HtmlOutputInfo>();

/** The data behind an HtmlOutput object, or undefined when it is not one of ours. */
export function htmlOutputInfo(value: unknown): HtmlOutputInfo | undefined {
  return typeof value === 'object' && value !== null ? outputs.get(value) : undefined;
}

/**
 * An HTML page for a sidebar. From a file it records the file's name and has no content: the
 * host does not read the project's HTML (the local sidebar server serves the built file).
 */
export class HtmlOutput {
  private readonly info: HtmlOutputInfo;

  constructor(ctx: ServiceContext, info: HtmlOutputInfo) {
    this.info = info;
    outputs.set(this, info);
    counted(ctx, 'HtmlOutput', this);
  }

  /** Sets the sidebar's title. */
  setTitle(title: string): HtmlOutput {
    this.info.title = String(title);
    return this;
  }

  /** The title ('' until set). */
  getTitle(): string {
    return this.info.title;
  }

  /** Sets the width in pixels (dialogs; sidebars ignore it). */
  setWidth(width: number): HtmlOutput {
    this.info.width = Number(width);
    return this;
  }

  /** The HTML: what `createHtmlOutput` was given, '' for a file. */
  getContent(): string {
    return this.info.content;
  }
}

/** `HtmlService`: pages from project files or from a string. */
export class HtmlService {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'HtmlService', this);
  }

  /** A page from a project HTML file (`Sidebar` for `Sidebar.html`). */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.ctx, { file: String(filename), content: '', title: '' });
  }

  /** A page from an HTML string. */
  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(this.ctx, { file: '', content: html === undefined ? '' : String(html), title: '' });
  }
}
