// report-lens service worker: network first for the page's own files, falling back to the
// cache, so the page keeps working offline after the first visit and never serves stale code
// while online. It only ever handles same-origin GET requests.
'use strict';
const CACHE = 'report-lens-v4';
const FILES = ['./', 'index.html', 'style.css', 'engine.js', 'app.js', 'finish.js', 'rules.js', 'worker.js', 'zip.js', 'pkg/samples.js',
  'pkg/report_lens.js', 'pkg/report_lens_bg.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(fetch(req).then((resp) => {
    if (resp.ok) {
      const copy = resp.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return resp;
  }).catch(() => caches.match(req, { ignoreSearch: true })
    .then((hit) => hit || Promise.reject(new Error('offline and not cached')))));
});
