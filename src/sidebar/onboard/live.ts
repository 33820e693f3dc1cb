import type { PlanResult } from '../../shared/plan';
import type { SidebarContext } from '../../shared/rpc';
import { callServer, serverErrorText } from '../server';
import type { ChecksPanel } from './checks-panel';
import { type Draft, liveInputOf, playbookOf } from './draft';
import type { Fields } from './fields';
import { type PreviewText, previewText } from './preview';

/** How long typing pauses before the dates are checked again. */
const LIVE_DELAY_MS = 300;

/** The live plan of a drawing of the form: the preview, the checks and the touched fields' problems. */
export interface LiveCheck {
  /** Plans again after `delay` ms (a pause in typing by default), instead of any plan waiting. */
  schedule(delay?: number): void;
  /** Drops the plan waiting and any answer still on its way: the form is being sent. */
  stop(): void;
}

/** What a live check reads and where it shows what it finds. */
interface LiveParts {
  context: SidebarContext;
  draft: Draft;
  fields: Fields;
  checks: ChecksPanel;
  preview: { show(text: PreviewText): void };
  /** The form's message line, for a server that cannot be reached. */
  message: HTMLElement;
  /** Is the form being sent? Then an answer arriving late shows nothing. */
  sending(): boolean;
}

/** The live check of a drawing of the form. */
export function createLiveCheck(parts: LiveParts): LiveCheck {
  const { context, draft, fields, checks, preview, message } = parts;
  // Only the answer to the latest request is shown: an older one would show older dates.
  let sequence = 0;
  let timer: number | undefined;

  const live = async () => {
    const mine = ++sequence;
    const { input, stoodIn } = liveInputOf(draft, playbookOf(context, draft));
    let result: PlanResult;
    try {
      result = await callServer('planClient', input);
    } catch (error) {
      if (mine === sequence) message.textContent = serverErrorText(error);
      return;
    }
    if (mine !== sequence || parts.sending()) return;
    message.textContent = '';
    preview.show(previewText(result, stoodIn));
    checks.show(result.ok ? result.checks : [], stoodIn);
    fields.showProblems(result.ok ? [] : result.problems, (key) => fields.touched(key) && !stoodIn.has(key));
  };

  return {
    schedule: (delay = LIVE_DELAY_MS) => {
      if (timer !== undefined) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = undefined;
        void live();
      }, delay);
    },
    stop: () => {
      if (timer !== undefined) window.clearTimeout(timer);
      sequence += 1;
    },
  };
}
