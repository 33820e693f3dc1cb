/**
 * The contract between the sidebar and the server's public globals. Everything here is JSON:
 * no Date crosses the wire (google.script.run would fail), days are `YYYY-MM-DD` strings.
 */

/** The two languages of the product. */
export type RpcLanguage = 'zh-TW' | 'en';

/** What the sidebar learns when it opens. */
export interface SidebarContext {
  language: RpcLanguage;
  timeZone: string;
  locale: string;
}

/** The public globals the sidebar may call, with their argument and result types. */
export interface ServerApi {
  getSidebarContext(): SidebarContext;
}
