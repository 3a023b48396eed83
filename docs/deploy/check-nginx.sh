#!/usr/bin/env bash
# Serves dist/ with docs/deploy/atlas.nginx.conf on a free loopback port (only `listen`
# and `root` changed) and checks what a browser gets: status, types, the CSP and cache
# headers, the precompressed files and the service worker. Leaves nginx running only
# with KEEP=1 (then prints how to stop it), e.g. to point the browser tests at it:
#   KEEP=1 docs/deploy/check-nginx.sh   then   E2E_PORT=<port> npx playwright test offline load
# Needs: nginx, libnginx-mod-http-brotli-static, curl; a built dist/ (npm run build).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIST="$PWD/dist"
CONF="$PWD/docs/deploy/atlas.nginx.conf"
[ -f "$DIST/index.html" ] || { echo "no dist/: run npm run build first" >&2; exit 1; }

PORT="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
WORK="$(mktemp -d /tmp/atlas-nginx-XXXXXX)"
sed -e "s#^\(\s*\)listen 80;#\1listen 127.0.0.1:$PORT;#" -e "s#^\(\s*\)root /srv/atlas;#\1root $DIST;#" "$CONF" > "$WORK/atlas.conf"
grep -q "listen 127.0.0.1:$PORT;" "$WORK/atlas.conf" && grep -q "root $DIST;" "$WORK/atlas.conf" ||
  { echo "$CONF: no 'listen 80;' or 'root /srv/atlas;' line to point at this test" >&2; exit 1; }
cat > "$WORK/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $WORK/access.log;
    client_body_temp_path $WORK/body;
    proxy_temp_path $WORK/proxy;
    fastcgi_temp_path $WORK/fastcgi;
    uwsgi_temp_path $WORK/uwsgi;
    scgi_temp_path $WORK/scgi;
    include $WORK/atlas.conf;
}
CONF
nginx -t -q -c "$WORK/nginx.conf" -p "$WORK"
nginx -c "$WORK/nginx.conf" -p "$WORK"
stop() { kill "$(cat "$WORK/nginx.pid")"; }
[ "${KEEP:-}" = 1 ] || trap stop EXIT

BASE="http://127.0.0.1:$PORT"
FAILS=0
header() { curl -s -o /dev/null -D - "${@:2}" "$BASE$1" | tr -d '\r'; }
expect() { # name, haystack, regex
  if grep -qiE "$3" <<<"$2"; then echo "ok   $1"; else echo "FAIL $1 (wanted /$3/)"; FAILS=$((FAILS + 1)); fi
}

JS="$(cd "$DIST" && ls assets/index-*.js | head -1)"
h="$(header /)"
expect "/ is the page" "$h" '^HTTP/1.1 200'
expect "/ is html" "$h" '^content-type: text/html'
expect "/ has the CSP" "$h" "^content-security-policy: default-src 'self'; script-src 'self'; .*frame-ancestors 'none'$"
expect "/ is revalidated" "$h" '^cache-control: no-cache$'
expect "/ has nosniff" "$h" '^x-content-type-options: nosniff$'
h="$(header "/$JS" -H 'Accept-Encoding: br, gzip')"
expect "$JS: brotli copy" "$h" '^content-encoding: br$'
expect "$JS: its size" "$h" "^content-length: $(stat -c %s "$DIST/$JS.br")$"
expect "$JS: cached a year" "$h" '^cache-control: public, max-age=31536000, immutable$'
expect "$JS: varies by encoding" "$h" '^vary: accept-encoding$'
h="$(header "/$JS" -H 'Accept-Encoding: gzip')"
expect "$JS: gzip copy" "$h" '^content-encoding: gzip$'
expect "$JS: its size" "$h" "^content-length: $(stat -c %s "$DIST/$JS.gz")$"
h="$(header "/$JS")"
expect "$JS: plain without Accept-Encoding" "$h" "^content-length: $(stat -c %s "$DIST/$JS")$"
DATA="$(cd "$DIST" && ls assets/atlas-model-*.json | head -1)"
h="$(header "/$DATA" -H 'Accept-Encoding: br, gzip')"
expect "$DATA: JSON" "$h" '^content-type: application/json'
expect "$DATA: brotli copy" "$h" '^content-encoding: br$'
expect "$DATA: cached a year" "$h" '^cache-control: public, max-age=31536000, immutable$'
h="$(header /sw.js -H 'Accept-Encoding: br, gzip')"
expect "sw.js is JavaScript" "$h" '^content-type: application/javascript'
expect "sw.js is revalidated" "$h" '^cache-control: no-cache$'
expect "sw.js has the CSP" "$h" "^content-security-policy: default-src 'self'"
WB="$(cd "$DIST" && ls workbox-*.js | head -1)"
expect "$WB cached a year" "$(header "/$WB")" '^cache-control: public, max-age=31536000, immutable$'
h="$(header /manifest.webmanifest -H 'Accept-Encoding: br')"
expect "manifest type" "$h" '^content-type: application/manifest\+json'
expect "manifest brotli" "$h" '^content-encoding: br$'
expect "manifest revalidated" "$h" '^cache-control: no-cache$'
expect "icon png" "$(header /icon-512.png)" '^content-type: image/png$'
expect "icon svg" "$(header /icon.svg)" '^content-type: image/svg\+xml'
expect "robots.txt" "$(header /robots.txt)" '^content-type: text/plain'
expect "deep link ?p=3 is the page" "$(header '/?p=3&lang=en')" '^HTTP/1.1 200'
expect "no other paths" "$(header /nowhere)" '^HTTP/1.1 404'
expect "404 has the CSP too" "$(header /nowhere)" "^content-security-policy: "

echo "nginx on $BASE ($WORK); $FAILS failure(s)"
[ "${KEEP:-}" = 1 ] && echo "stop it with: kill \$(cat $WORK/nginx.pid)"
exit $((FAILS > 0))
