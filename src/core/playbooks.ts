import type { AnchorDef, Playbook } from '../shared/playbook';
import { B2B_SAAS } from './playbooks/b2b-saas';
import { CROWDFUNDING } from './playbooks/crowdfunding';

/** The playbooks that ship with Launch Desk, the default first. */
export const BUILT_IN_PLAYBOOKS: readonly Playbook[] = [CROWDFUNDING, B2B_SAAS];

/**
 * Every anchor the built-in playbooks know, by id. A team's playbook from the sheet holds only
 * rules; its anchors are taken from here, so "launch" means the same day in every playbook.
 */
export const ANCHOR_CATALOG: ReadonlyMap<string, AnchorDef> = new Map(
  BUILT_IN_PLAYBOOKS.flatMap((playbook) => playbook.anchors.map((anchor) => [anchor.id, anchor] as const)),
);
