// lokal willkommen: the guide's own service worker (docs/decisions/0010).
// Registered by the guide pages with the scope /guide/<language>/, beside Vaadin's worker for the app.
// Article pages: network first (a fresh text when there is a connection), the saved copy when not.
'use strict';
var ARTICLES = 'lw-guide-v1';
var SHELL = 'lw-guide-shell-v1';
var ROOT = new URL('../', self.location.href);
var PAGE = new RegExp('^' + ROOT.pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + 'guide/[a-z]{2,3}(?:-[A-Z][a-z]{3})?/[a-z0-9-]*$');
var SLOW_MS = 4000;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL)
    .then(function (c) { return c.addAll([new URL('offline.html', ROOT).href, new URL('offline-data.js', ROOT).href]); })
    .catch(function () { /* the articles work without the offline page */ })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

function key(url) {
  return url.origin + url.pathname;
}

function fromNetwork(request, url) {
  return fetch(request).then(function (response) {
    if (response.ok && response.type === 'basic') {
      var copy = response.clone();
      caches.open(ARTICLES).then(function (c) { return c.put(key(url), copy); });
    }
    return response;
  });
}

function offlinePage() {
  return caches.open(SHELL).then(function (c) { return c.match(new URL('offline.html', ROOT).href); })
    .then(function (page) {
      if (!page) { return Response.error(); }
      return page.text().then(function (html) {
        return new Response(html.replace('<head>', '<head><base href="' + ROOT.href + '">'),
          { headers: { 'Content-Type': 'text/html; charset=UTF-8' } });
      });
    });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (url.href === new URL('offline-data.js', ROOT).href) {
    event.respondWith(fetch(request).catch(function () {
      return caches.open(SHELL).then(function (c) { return c.match(url.href); });
    }));
    return;
  }
  if (!PAGE.test(url.pathname)) { return; }
  event.respondWith(caches.open(ARTICLES).then(function (c) { return c.match(key(url)); }).then(function (saved) {
    var network = fromNetwork(request, url);
    if (!saved) {
      return network.catch(function () { return request.mode === 'navigate' ? offlinePage() : Response.error(); });
    }
    // A slow connection: after a few seconds the saved copy is good enough.
    var slow = new Promise(function (resolve) { setTimeout(function () { resolve(saved); }, SLOW_MS); });
    return Promise.race([network.catch(function () { return saved; }), slow]);
  }));
});
