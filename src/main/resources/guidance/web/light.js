// The light guide pages: register the guide's service worker for this language, keep the page read
// for offline, "save all articles", and read aloud.
(function () {
  var root = document.baseURI;
  var lang = document.documentElement.lang;
  var CACHE = 'lw-guide-v1';
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(new URL('guide/sw.js', root).href,
      { scope: new URL('guide/' + lang + '/', root).href }).catch(function () {});
  }
  var here = location.origin + location.pathname;
  if (window.caches) {
    // Keep this page as it arrived, without downloading it a second time (the worker does not
    // control the very first visit, so it could not keep it itself).
    var copy = '<!DOCTYPE html>\n' + document.documentElement.outerHTML;
    caches.open(CACHE).then(function (c) {
      return c.match(here).then(function (hit) {
        return hit || c.put(here, new Response(copy, { headers: { 'Content-Type': 'text/html; charset=UTF-8' } }));
      });
    }).catch(function () {});
  }
  var saveAll = document.getElementById('save-all');
  var saveStatus = document.getElementById('save-status');
  if (saveAll) {
    if (!window.caches) { saveAll.hidden = true; }
    saveAll.addEventListener('click', function () {
      var links = document.querySelectorAll('a[data-article]');
      var urls = [here];
      for (var i = 0; i < links.length; i++) { urls.push(links[i].href.split('#')[0].split('?')[0]); }
      saveAll.disabled = true;
      saveStatus.textContent = saveAll.getAttribute('data-saving');
      caches.open(CACHE).then(function (c) {
        return Promise.all(urls.map(function (u) {
          return fetch(u, { cache: 'no-cache' }).then(function (r) {
            if (!r.ok) { throw new Error(u + ' ' + r.status); }
            return c.put(u, r);
          });
        }));
      }).then(function () {
        saveStatus.textContent = saveAll.getAttribute('data-saved').replace('{0}', String(urls.length - 1));
        document.body.setAttribute('data-saved-all', 'true');
      }, function () {
        saveStatus.textContent = saveAll.getAttribute('data-failed');
      }).then(function () { saveAll.disabled = false; });
    });
  }
  var read = document.getElementById('read');
  if (read && window.lwReadAloud) {
    window.lwReadAloud(read, document.getElementById('read-status'), function () {
      var parts = document.querySelectorAll('[data-read]');
      var text = [];
      for (var i = 0; i < parts.length; i++) { text.push(parts[i].innerText); }
      return text.join('\n');
    }, read.getAttribute('data-lang'), {
      start: read.getAttribute('data-start'), stop: read.getAttribute('data-stop'),
      noVoice: read.getAttribute('data-no-voice')
    });
  }
})();
