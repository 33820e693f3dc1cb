import { SECRET_HEADER } from './request-guard.js';

/**
 * A stand-in for `google.script.run`, injected into the sidebar page when it is served locally.
 * Like Apps Script it refuses private (`_`) names and arguments that are not JSON-like (a Date,
 * a function), and calls the failure handler with an Error; the server does the rest. Every call
 * carries the server's per-run `secret` in a header, which only this page knows.
 */
export function scriptRunShim(secret: string): string {
  return `<script>
(function () {
  var SECRET = ${JSON.stringify(secret)};
  function jsonLike(value) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
    if (typeof value === 'number') return isFinite(value);
    if (Array.isArray(value)) return value.every(jsonLike);
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.keys(value).every(function (k) { return value[k] === undefined || jsonLike(value[k]); });
    }
    return false;
  }
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (h) { return runner(h, onFailure); };
        if (name === 'withFailureHandler') return function (h) { return runner(onSuccess, h); };
        if (name === 'withUserObject') return function () { return runner(onSuccess, onFailure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var fail = function (message) { if (onFailure) onFailure(new Error(message)); };
          if (String(name).slice(-1) === '_') return fail('Script function not found: ' + String(name));
          if (!args.every(jsonLike)) return fail('Invalid argument: only JSON-like values may be passed to ' + String(name));
          fetch('/rpc/' + encodeURIComponent(String(name)), {
            method: 'POST',
            headers: { 'content-type': 'application/json', '${SECRET_HEADER}': SECRET },
            body: JSON.stringify(args)
          }).then(function (r) { return r.json(); }).then(function (res) {
            if (res.ok) { if (onSuccess) onSuccess(res.value); }
            else fail(res.error);
          }, function (e) { fail(String(e && e.message || e)); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
</script>`;
}
