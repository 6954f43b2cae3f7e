// Apps Script emulator: google.script.run (and google.script.host) for an HtmlService page
// shown outside Apps Script. Each call goes to window.__gasCall(name, argsJson), which answers
// a JSON string { ok, value } or { ok, error }: the browser tests expose it from node (running
// the real dist/Code.js), and the local preview bridges it to the bundle running in the parent
// page. Success and failure handlers are called asynchronously, as in Sheets.
(function () {
  function runner(onSuccess, onFailure) {
    return new Proxy(
      {},
      {
        get: function (_target, name) {
          if (name === 'withSuccessHandler')
            return function (fn) {
              return runner(fn, onFailure);
            };
          if (name === 'withFailureHandler')
            return function (fn) {
              return runner(onSuccess, fn);
            };
          if (name === 'withUserObject')
            return function () {
              return runner(onSuccess, onFailure);
            };
          return function () {
            var args = Array.prototype.slice.call(arguments);
            Promise.resolve(window.__gasCall(String(name), JSON.stringify(args))).then(
              function (answer) {
                var reply = JSON.parse(answer);
                if (reply.ok) {
                  if (onSuccess) onSuccess(reply.value);
                } else if (onFailure) onFailure(new Error(reply.error));
              },
              function (err) {
                if (onFailure) onFailure(err instanceof Error ? err : new Error(String(err)));
              },
            );
          };
        },
      },
    );
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
