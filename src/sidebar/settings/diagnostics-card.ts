import { fill, h } from '../dom';
import { inFlight } from '../in-flight';
import { callServer, serverErrorText } from '../server';
import { tr } from '../text';

const CHECK_CLASS = { pass: 'ok-line', warn: 'warn-line', fail: 'error' } as const;
const CHECK_MARK = { pass: '✓', warn: '!', fail: '✗' } as const;

/** The diagnostics card: runs the checks and lists what is not as expected, with the fix. */
export function diagnosticsCard(): HTMLElement {
  const output = h('div', { role: 'status' });
  const guard = inFlight();
  const check = async () => {
    run.disabled = true;
    fill(output, h('p', { class: 'muted' }, tr('loading')));
    try {
      const report = await callServer('runDiagnostics');
      fill(
        output,
        h('p', { class: report.ok ? 'ok-line' : 'error' }, tr('diagnosticsResult', report.counts)),
        h(
          'ul',
          { class: 'checks' },
          ...report.checks.map((check) =>
            h(
              'li',
              { class: CHECK_CLASS[check.status] },
              `${CHECK_MARK[check.status]} ${check.message}`,
              check.fix ? h('span', { class: 'check-fix' }, check.fix) : null,
            ),
          ),
        ),
      );
    } catch (error) {
      fill(output, h('p', { class: 'error' }, serverErrorText(error)));
    } finally {
      run.disabled = false;
    }
  };
  const run = h('button', { type: 'button', onClick: () => void guard.run(check) }, tr('runDiagnostics'));
  return h(
    'section',
    { class: 'card' },
    h('h3', {}, tr('diagnostics')),
    h('p', { class: 'muted' }, tr('diagnosticsIntro')),
    h('div', { class: 'actions' }, run),
    output,
  );
}
