/// <reference lib="webworker" />
/*
 * The app's service worker: Vaadin's own (flow-server 25.2.2, com/vaadin/flow/server/frontend/sw.ts, Apache-2.0)
 * with one change, the precache list (docs/decisions/0020).
 *
 * Vaadin's build injects EVERY file of its output folder into the build-time manifest (the plugin replaces
 * the first occurrence of the manifest's name, so that name must not appear in a comment): all lazy
 * component chunks, and old builds' files left in the folder. A newcomer on prepaid data paid about 4 MB on the first visit for that. Flow views run on the server, so offline nothing
 * but the offline page can be shown; the worker keeps only the current app shell (the entry script that
 * index.html loads and the chunks it preloads) from the build, plus what Flow adds at run time through
 * sw-runtime-resources-precache.js: the offline page, its data and icons, the manifest.
 *
 * Vaadin's bundle check does not hash this file: after changing it, delete src/main/bundles/prod.bundle
 * and build with Node on the PATH (README, "Frontend bundle").
 */

self.__WB_DISABLE_DEV_LOGS = true;

self.importScripts('sw-runtime-resources-precache.js');
import { clientsClaim, cacheNames, WorkboxPlugin } from 'workbox-core';
import { matchPrecache, precacheAndRoute, getCacheKeyForURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { PrecacheEntry } from 'workbox-precaching/_types';
import { NetworkOnly, NetworkFirst } from 'workbox-strategies';

declare var self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry>;
  __WB_DISABLE_DEV_LOGS: boolean;
  additionalManifestEntries?: Array<PrecacheEntry>;
};

self.skipWaiting();
clientsClaim();

declare var OFFLINE_PATH: string; // defined by Vite

declare global {
  interface ImportMeta {
    readonly env: {
      readonly MODE: string;
      readonly BASE_URL: string;
      readonly PROD: boolean;
      readonly DEV: boolean;
      readonly SSR: boolean;
    } & Readonly<Record<string, string>>;
  }
}

/** The app shell of the current build: the entry script and the runtime chunk index.html preloads. */
const APP_SHELL = /^VAADIN\/build\/(indexhtml|rolldown-runtime)-[\w-]+\.js$/;

// The build's entries reduced to the app shell, then the ones Flow injects at run time
// (offline page, offline resources, icons, manifest).
const manifestEntries: Array<PrecacheEntry | string> = (self.__WB_MANIFEST || []).filter((entry) =>
  APP_SHELL.test(typeof entry === 'string' ? entry : entry.url)
);
if (self.additionalManifestEntries?.length) {
  manifestEntries.push(...self.additionalManifestEntries);
}

const offlinePath = OFFLINE_PATH;

// Compute the registration scope path.
// Example: http://localhost:8888/scope-path/sw.js => /scope-path/
const scope = new URL(self.registration.scope);

/** Replaces <base href> in pre-cached response HTML with the service worker's scope URL. */
async function rewriteBaseHref(response: Response) {
  const html = await response.text();
  return new Response(html.replace(/<base\s+href=[^>]*>/, `<base href="${self.registration.scope}">`), response);
}

/** Returns true if the given URL is included in the manifest, otherwise false. */
function isManifestEntryURL(url: URL) {
  return manifestEntries.some(
    (entry) => getCacheKeyForURL(typeof entry === 'string' ? entry : entry.url) === getCacheKeyForURL(`${url}`)
  );
}

/** A workbox plugin that checks and updates the network connection status on every fetch request. */
let connectionLost = false;
function checkConnectionPlugin(): WorkboxPlugin {
  return {
    async fetchDidFail() {
      connectionLost = true;
    },
    async fetchDidSucceed({ response }) {
      connectionLost = false;
      return response;
    }
  };
}

const networkOnly = new NetworkOnly({
  plugins: [checkConnectionPlugin()]
});
const networkFirst = new NetworkFirst({
  plugins: [checkConnectionPlugin()]
});

if (import.meta.env.DEV) {
  self.addEventListener('activate', (event) => {
    event.waitUntil(caches.delete(cacheNames.runtime));
  });

  registerRoute(
    ({ url }) => url.port === scope.port && url.pathname.startsWith(`${scope.pathname}VAADIN/`),
    networkFirst
  );
}

// ---- card: the appointment card kept for offline reading (docs/decisions/0028) -------------------------
// The personal page of a booking is a Vaadin view and cannot be replayed offline; its light card
// (/booking/<token>/card, plain HTML) can. Network first, so a moved time shows at once; the saved copy when
// offline or after 4 s on a slow line. The server answers 404/410 once the booking is cancelled, over or
// unknown: then the saved card is deleted. Registered before Vaadin's navigation route, which would
// otherwise answer every offline navigation with the offline page. offline.html lists this cache.

/** The Cache Storage the cards live in; BookingView (CardLink) and offline.html use the same name. */
const CARD_CACHE = 'lw-card-v1';
const CARD_PATH = /^booking\/[A-Za-z0-9_-]{1,100}\/card$/;
const CARD_NETWORK_TIMEOUT_MS = 4000;

function isCard(url: URL) {
  return (
    url.origin === self.location.origin &&
    url.pathname.startsWith(scope.pathname) &&
    CARD_PATH.test(url.pathname.substring(scope.pathname.length))
  );
}

async function serveCard({ url, request, event }: { url: URL; request: Request; event: ExtendableEvent }) {
  const cache = await caches.open(CARD_CACHE);
  // One entry per card whatever the query string: the page's own fetch and the navigation share it.
  const key = url.origin + url.pathname;
  const fallback = async () => (await cache.match(key)) ?? (await serveOfflinePage());
  if (!self.navigator.onLine) {
    const kept = await fallback();
    if (kept) {
      return kept;
    }
  }
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      await cache.put(key, response.clone());
    } else if (response.status === 404 || response.status === 410) {
      await cache.delete(key);
    }
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const slowLine = new Promise<Response | undefined>((resolve) =>
    setTimeout(() => cache.match(key).then(resolve, () => resolve(undefined)), CARD_NETWORK_TIMEOUT_MS)
  );
  try {
    return (await Promise.race([network, slowLine])) ?? (await network);
  } catch (error) {
    const kept = await fallback();
    if (kept) {
      return kept;
    }
    throw error;
  }
}

async function serveOfflinePage() {
  const response = await matchPrecache(offlinePath);
  return response ? rewriteBaseHref(response) : undefined;
}

registerRoute(({ url, request }) => request.method === 'GET' && isCard(url), serveCard);
// ---- end of card ---------------------------------------------------------------------------------------

registerRoute(
  new NavigationRoute(async (context) => {
    async function serveOfflineFallback() {
      const response = await matchPrecache(offlinePath);
      return response ? rewriteBaseHref(response) : undefined;
    }

    function serveResourceFromCache() {
      // Always serve the offline fallback at the scope path.
      if (context.url.pathname === scope.pathname) {
        return serveOfflineFallback();
      }

      if (isManifestEntryURL(context.url)) {
        return matchPrecache(context.request);
      }

      return serveOfflineFallback();
    }

    // Try to serve the resource from the cache when offline is detected.
    if (!self.navigator.onLine) {
      const response = await serveResourceFromCache();
      if (response) {
        return response;
      }
    }

    // Sometimes navigator.onLine is not reliable,
    // try to serve the resource from the cache also in the case of a network failure.
    try {
      return await networkOnly.handle(context);
    } catch (error) {
      const response = await serveResourceFromCache();
      if (response) {
        return response;
      }
      throw error;
    }
  })
);

precacheAndRoute(manifestEntries);

self.addEventListener('message', (event) => {
  if (typeof event.data !== 'object' || !('method' in event.data)) {
    return;
  }

  // JSON-RPC request handler for ConnectionStateStore
  if (event.data.method === 'Vaadin.ServiceWorker.isConnectionLost' && 'id' in event.data) {
    event.source?.postMessage({ id: event.data.id, result: connectionLost }, []);
  }
});

// ---- push: Web Push notices (branch push, issue 15, docs/decisions/0025) ----
// The server sends {title, body, url, dir, lang} (no name, phone or e-mail address; push/PushSender). Tapping
// the notification opens the booking's personal page (or focuses a window already showing it).
self.addEventListener('push', (event) => {
  let data: { title?: string; body?: string; url?: string; dir?: NotificationDirection; lang?: string } = {};
  try {
    data = event.data?.json() ?? {};
  } catch {
    return;
  }
  if (!data.title) {
    return;
  }
  event.waitUntil(
    self.registration.showNotification(data.title, {
      body: data.body,
      dir: data.dir ?? 'auto',
      lang: data.lang,
      icon: 'icons/icon-192.png',
      data: { url: data.url }
    })
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = event.notification.data?.url;
  event.waitUntil(focusOrOpenWindow(typeof target === 'string' ? target : '/'));
});

async function focusOrOpenWindow(target: string) {
  const url = new URL(target, self.location.origin);
  // Only the app's own pages: a notice never opens another site.
  const href = url.origin === self.location.origin ? url.href : new URL('/', self.location.origin).href;
  const allWindows = await self.clients.matchAll({ type: 'window' });
  const appWindow = allWindows.find((w) => w.url === href);
  return appWindow ? appWindow.focus() : self.clients.openWindow(href);
}
// ---- end push ----
