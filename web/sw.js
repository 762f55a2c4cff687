// ConvAtlas's service worker: after one visit the whole app works with no network.
// scripts/offline-manifest.sh writes the release's copy of this file, with VERSION (a hash
// of every file of the build) and FILES (every file, relative to where the app is hosted).
//
// - install: every file of the release goes into a cache named after VERSION; the new
//   worker then waits, so an open page never mixes files of two releases.
// - activate: the caches of earlier releases are deleted.
// - fetch: the release's files come from the cache, the network only for what is not in
//   it; a page address (a chapter, a deep link) gets the cached index.html, whose loader
//   picks the chapter's module from the address as it does online. A bad network thus
//   never delays a page, and every file of a page comes from one release.
// - message "skip-waiting": the page's "new version" notice asks a waiting worker to
//   take over; the page reloads when it has.
const VERSION = 'dev';
const FILES = [];
const PREFIX = 'convatlas-';
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((file) => new Request(new URL(file, self.registration.scope), { cache: 'reload' })))
    )
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)))
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches.open(CACHE).then((cache) => {
      const key = request.mode === 'navigate' ? INDEX : request;
      return cache.match(key, { ignoreSearch: true }).then((hit) => hit || fetch(request));
    })
  );
});
