// lokal willkommen: "Remind me on this phone" (base/push/PushOptIn, docs/decisions/0025). Finds out whether this
// browser can receive Web Push, asks for the permission inside the visitor's own tap (browsers refuse it
// otherwise), subscribes with the server's VAPID key and hands the subscription to the server through Vaadin's
// own channel ($server, with its CSRF protection). Self-hosted, no frontend bundle involved.
(function () {
  'use strict';

  function isIos() {
    return /iPad|iPhone|iPod/.test(navigator.userAgent)
      || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  }

  function isInstalled() {
    return window.navigator.standalone === true
      || (window.matchMedia && window.matchMedia('(display-mode: standalone)').matches);
  }

  function keyBytes(base64url) {
    const padded = (base64url + '==='.slice((base64url.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    const raw = atob(padded);
    return Uint8Array.from(raw, (c) => c.charCodeAt(0));
  }

  /** The service worker's registration, or null when none becomes ready within a few seconds. */
  function registration() {
    return Promise.race([
      navigator.serviceWorker.ready,
      new Promise((resolve) => setTimeout(() => resolve(null), 5000))
    ]);
  }

  async function capability() {
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
      return { state: isIos() && !isInstalled() ? 'ios-install' : 'unsupported', endpoint: '' };
    }
    if (Notification.permission === 'denied') {
      return { state: 'denied', endpoint: '' };
    }
    const reg = await registration();
    if (!reg) {
      return { state: 'unsupported', endpoint: '' };
    }
    const current = await reg.pushManager.getSubscription();
    return { state: 'ready', endpoint: current ? current.endpoint : '' };
  }

  async function subscribe(element, publicKey) {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      element.$server.capability(permission === 'denied' ? 'denied' : 'ready', '');
      return;
    }
    const reg = await registration();
    if (!reg) {
      element.$server.capability('unsupported', '');
      return;
    }
    const options = { userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) };
    let subscription = await reg.pushManager.getSubscription();
    if (!subscription) {
      subscription = await reg.pushManager.subscribe(options);
    }
    const json = subscription.toJSON();
    element.$server.subscribed(json.endpoint, json.keys.p256dh, json.keys.auth);
  }

  window.lwPush = {
    /** Reports what the browser can do and wires the "remind me" button to subscribe in the tap itself. */
    attach: function (element, publicKey) {
      if (!element.$server) {
        return;
      }
      // Listens on the whole opt-in, not on the button: the button is hidden while the capability check runs,
      // and Vaadin sends a hidden component's class name only once it is shown, so the button cannot be found
      // yet. The tap still bubbles up inside the visitor's gesture, which the permission prompt needs.
      if (!element.dataset.lwPush) {
        element.dataset.lwPush = '1';
        element.addEventListener('click', function (event) {
          const target = event.target;
          if (!target || !target.closest || !target.closest('.lw-push-on')) {
            return;
          }
          subscribe(element, publicKey).catch(function () {
            element.$server.capability('failed', '');
          });
        });
      }
      capability().then(function (found) {
        element.$server.capability(found.state, found.endpoint);
      }, function () {
        element.$server.capability('failed', '');
      });
    }
  };
})();
