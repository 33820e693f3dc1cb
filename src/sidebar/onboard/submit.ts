import type { SidebarContext } from '../../shared/rpc';
import { fill, h } from '../dom';
import type { InFlight } from '../in-flight';
import { callServer, serverErrorText } from '../server';
import { type TextKey, tr } from '../text';
import { type Draft, inputOf, playbookOf } from './draft';
import type { Fields } from './fields';
import type { LiveCheck } from './live';
import type { Onboarded } from './outcome';
import { progressList } from './progress';

const STEPS: readonly TextKey[] = ['stepValidated', 'stepFolder', 'stepDocuments', 'stepTracker', 'stepDone'];
/** The steps of the one onboarding call: they succeed or fail together. */
const MAKING: readonly TextKey[] = ['stepFolder', 'stepDocuments', 'stepTracker'];

/** What sending the form reads, and where it shows how it went. */
interface SubmitParts {
  context: SidebarContext;
  draft: Draft;
  fields: Fields;
  live: LiveCheck;
  /** The view's guard, kept across drawings: a redrawn form must not send again while one call runs. */
  guard: InFlight;
  /** The form's message line. */
  message: HTMLElement;
  /** Where what onboarding made is shown. */
  outcome: HTMLElement;
  /** Called once the client exists. */
  created(result: Onboarded): void;
}

/** The Create button and its progress list. */
export interface Submit {
  button: HTMLButtonElement;
  steps: HTMLElement;
  /** Checks the form with the server, then onboards; says whether it ran (not while a send runs). */
  send(): Promise<boolean>;
}

/** The submit part of a drawing of the form. */
export function createSubmit(parts: SubmitParts): Submit {
  const { context, draft, fields, live, guard, message, outcome } = parts;
  const button = h('button', { type: 'submit', class: 'primary' }, tr('submit'));
  const steps = h('div', { class: 'steps' });

  const onboard = async () => {
    live.stop();
    button.disabled = true;
    button.textContent = tr('running');
    button.form?.setAttribute('aria-busy', 'true');
    message.textContent = '';
    outcome.replaceChildren();
    const progress = progressList(STEPS);
    fill(steps, progress.element);
    fields.touchAll();
    const input = inputOf(draft, playbookOf(context, draft));
    const fail = (text: string, failed: readonly TextKey[]) => {
      for (const step of failed) progress.set(step, 'failed');
      message.textContent = text;
    };
    try {
      progress.set('stepValidated', 'running');
      const planned = await callServer('planClient', input);
      if (!planned.ok) {
        fields.showProblems(planned.problems);
        fail(tr('fixFields'), ['stepValidated']);
        return;
      }
      progress.set('stepValidated', 'done');
      for (const step of MAKING) progress.set(step, 'running');
      const result = await callServer('onboardClient', input);
      if (result.ok) {
        progress.set('stepFolder', 'done');
        progress.set('stepDocuments', 'done', String(result.documents.length));
        progress.set('stepTracker', 'done', String(result.milestones));
        progress.set('stepDone', 'done');
        // The client exists now: a second Create would only ask the server to make it again.
        button.hidden = true;
        parts.created(result);
      } else if (result.partial) {
        fail(tr('stoppedHalf', { message: result.message }), MAKING);
      } else {
        fields.showProblems(result.problems);
        progress.set('stepValidated', 'failed');
        fail(tr('fixFields'), MAKING);
      }
    } catch (error) {
      fail(serverErrorText(error), MAKING);
    } finally {
      button.disabled = false;
      button.textContent = tr('submit');
      button.form?.removeAttribute('aria-busy');
    }
  };

  return { button, steps, send: () => guard.run(onboard) };
}
