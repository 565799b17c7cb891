#!/usr/bin/env bash
# Serve www/ (built by build-wasm.sh; `make serve` does both) on http://127.0.0.1:$PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f www/pkg/report_lens_bg.wasm ] || bash scripts/build-wasm.sh
PORT="${PORT:-8000}"
echo "report-lens: http://127.0.0.1:$PORT/  (Ctrl+C to stop)"
exec python3 - "$PORT" <<'PY'
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.wasm': 'application/wasm', '.js': 'text/javascript; charset=utf-8',
                      '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8'}
    def end_headers(self):
        self.send_header('Cache-Control', 'no-cache')
        self.send_header('X-Content-Type-Options', 'nosniff')
        super().end_headers()
port = int(sys.argv[1])
server = http.server.ThreadingHTTPServer(('127.0.0.1', port), functools.partial(Handler, directory='www'))
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
PY
