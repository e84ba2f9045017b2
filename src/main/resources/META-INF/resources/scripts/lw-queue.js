/*
 * The walk-in queue's light poll (docs/decisions/0029): while the page is visible, it asks the server for the
 * number's state every few seconds (a few hundred bytes of JSON, no Vaadin round trip) and updates the page in place.
 * When the number is called the page changes colour, the phone vibrates and beeps where the browser allows it.
 * Hidden pages do not poll; coming back to the page polls at once. No frontend bundle needed: a static file.
 */
(function () {
  'use strict';
  if (window.lwQueue) { return; }

  function url(path) { return new URL(path, document.baseURI).toString(); }

  function beep() {
    try {
      const Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) { return; }
      const audio = new Context();
      [0, 0.4, 0.8].forEach(function (at) {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = 880;
        gain.gain.value = 0.3;
        tone.connect(gain).connect(audio.destination);
        tone.start(audio.currentTime + at);
        tone.stop(audio.currentTime + at + 0.25);
      });
    } catch (ignored) { /* no sound allowed before a tap: colour and vibration still show it */ }
  }

  function announce(root) {
    root.classList.add('lw-queue-called');
    if (navigator.vibrate) { try { navigator.vibrate([400, 200, 400, 200, 400]); } catch (ignored) { } }
    beep();
  }

  function poller(root, fetchState, apply, interval) {
    let timer = null;
    let busy = false;
    function tick() {
      if (document.visibilityState !== 'visible' || busy || !root.isConnected) { return; }
      busy = true;
      fetch(fetchState(), { cache: 'no-store', credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (state) { if (state) { apply(state); } })
        .catch(function () { /* offline for a moment: the next tick tries again */ })
        .finally(function () { busy = false; });
    }
    function start() { if (!timer) { timer = setInterval(tick, interval); } }
    function stop() { if (timer) { clearInterval(timer); timer = null; } }
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') { tick(); start(); } else { stop(); }
    });
    if (document.visibilityState === 'visible') { start(); }
    return { tick: tick, stop: stop };
  }

  window.lwQueue = {
    /** A number's page: root carries data-token, data-lang and data-status. */
    ticket: function (root, interval) {
      const set = function (name, text) {
        const el = root.querySelector('[data-q="' + name + '"]');
        if (el && el.textContent !== text) { el.textContent = text; }
      };
      if (root.dataset.status === 'CALLED') { root.classList.add('lw-queue-called'); }
      const poll = poller(root, function () {
        return url('queue-api/ticket/' + encodeURIComponent(root.dataset.token) + '?lang='
          + encodeURIComponent(root.dataset.lang || 'de'));
      }, function (state) {
        set('status', state.statusText);
        set('ahead', state.aheadText);
        const before = root.dataset.status;
        root.dataset.status = state.status;
        if (state.status === 'CALLED' && before !== 'CALLED') { announce(root); }
        if (state.status !== 'CALLED') { root.classList.remove('lw-queue-called'); }
      }, interval);
      root.lwQueuePoll = poll;
    },
    /** The venue's display: root carries data-code; shows the called numbers, latest first. */
    display: function (root, interval) {
      poller(root, function () {
        return url('queue-api/display/' + encodeURIComponent(root.dataset.code));
      }, function (state) {
        const list = root.querySelector('[data-q="called"]');
        const text = state.called.join('  ');
        if (list && list.textContent !== text) { list.textContent = text; }
        const waiting = root.querySelector('[data-q="waiting"]');
        if (waiting) { waiting.textContent = String(state.waiting); }
      }, interval);
    }
  };
})();
