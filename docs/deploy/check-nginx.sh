#!/usr/bin/env bash
# Checks docs/deploy.md's nginx setup as an admin on Debian 12 gets it. It copies this
# machine's /etc/nginx (Debian's own, default site included), runs the doc's install
# commands on the copy, and starts nginx from it twice: the atlas as the host's site
# (sites-available/atlas) and in a folder of a host (sites-available/atlas-in-folder).
# Only what a test must change is changed: `listen` (free ports on 127.0.0.1 and ::1),
# the certificate (self-signed, made here with openssl), `root`, and the paths of the
# pid, logs and temp files. Then curl checks what a browser gets: the redirect to HTTPS,
# IPv4 and IPv6, the headers (HSTS, CSP, Permissions-Policy, no version), types, the
# precompressed files, a year's cache for hashed files and never for errors.
#
# It ends with the figures docs/deploy.md shows (the build's sizes, its compressed
# copies, the versions tested) and checks that the doc shows exactly these;
# `UPDATE_DOC=1 docs/deploy/check-nginx.sh` writes them into the doc instead.
# KEEP=1 leaves the first nginx running and says how to stop it.
# Needs: nginx, libnginx-mod-http-brotli-static, curl, openssl, python3; a built dist/.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
DIST="$REPO/dist"
DOC="$REPO/docs/deploy.md"
[ -f "$DIST/index.html" ] || { echo "no dist/: run npm run build first" >&2; exit 1; }
for tool in nginx curl openssl python3; do
  command -v "$tool" >/dev/null || { echo "check-nginx.sh needs $tool" >&2; exit 1; }
done

WORK="$(mktemp -d /tmp/atlas-nginx-XXXXXX)"
chmod 755 "$WORK" # nginx's workers (www-data) read the folder variant's host root here
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# A certificate for localhost, 127.0.0.1 and ::1, trusted by curl through --cacert only.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
  -addext 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1' \
  -keyout "$WORK/atlas.key" -out "$WORK/atlas.crt" 2>/dev/null

# The doc's install commands that change /etc/nginx (the lines between its install markers).
INSTALL="$(sed -n '/^<!-- install -->$/,/^<!-- \/install -->$/p' "$DOC" | grep -E '^(cp|ln|rm) ' || true)"
grep -q 'sites-enabled/default' <<<"$INSTALL" || { echo "$DOC: no install block that removes the default site" >&2; exit 1; }

# The folder variant's host: a page of its own, the atlas in its atlas/ folder.
WWW="$WORK/www"
mkdir -p "$WWW" && echo '<!doctype html><title>host</title><p>the host'"'"'s own page</p>' >"$WWW/index.html"
ln -s "$DIST" "$WWW/atlas"

PIDS=()
stop() { for p in "${PIDS[@]}"; do kill "$(cat "$p")" 2>/dev/null || true; done; }

# setup NAME SITE: /etc/nginx copied to $WORK/NAME, the doc's commands run on it, SITE
# enabled, ports and paths pointed at this test. Sets ETC, RUN and NGINX_T (nginx -t's output).
setup() {
  RUN="$WORK/$1"
  ETC="$RUN/etc/nginx"
  # -L: a copy of what the links point to (Debian links sites-enabled/default to an
  # absolute path), so no edit below can reach the machine's own /etc/nginx.
  mkdir -p "$RUN/etc" && cp -rL /etc/nginx "$ETC"
  [ -e "$ETC/sites-enabled/default" ] || echo "note: this machine's /etc/nginx has no default site to remove"
  while IFS= read -r line; do (eval "${line//\/etc\/nginx/$ETC}"); done <<<"$INSTALL"
  if [ "$2" != atlas ]; then
    rm "$ETC/sites-enabled/atlas"
    ln -s "../sites-available/$2" "$ETC/sites-enabled/$2"
  fi
  sed -i -e "s#^pid .*#pid $RUN/nginx.pid;#" -e "s#/etc/nginx/#$ETC/#g" -e "s#/var/log/nginx/#$RUN/#g" "$ETC/nginx.conf"
  printf '%s_temp_path %s;\n' client_body "$RUN/body" proxy "$RUN/proxy" fastcgi "$RUN/fastcgi" \
    uwsgi "$RUN/uwsgi" scgi "$RUN/scgi" >"$ETC/conf.d/zz-check-paths.conf"
  P80="$(free_port)"
  P443="$(free_port)"
  for f in "$ETC"/sites-enabled/*; do
    case "$(realpath "$f")" in "$ETC"/*) ;; *) echo "$f leads out of the copy; stopping" >&2; exit 1 ;; esac
  done
  # Every enabled site's ports (a default site left enabled would show); the atlas's files and certificate.
  for f in "$ETC"/sites-enabled/*; do
    sed -i --follow-symlinks -E \
      -e "s#listen 80([ ;])#listen 127.0.0.1:$P80\1#" -e "s#listen \[::\]:80([ ;])#listen [::1]:$P80\1#" \
      -e "s#listen 443([ ;])#listen 127.0.0.1:$P443\1#" -e "s#listen \[::\]:443([ ;])#listen [::1]:$P443\1#" "$f"
  done
  sed -i --follow-symlinks \
    -e "s#/etc/ssl/certs/atlas\.crt;#$WORK/atlas.crt;#" -e "s#/etc/ssl/private/atlas\.key;#$WORK/atlas.key;#" \
    -e "s#root /srv/atlas;#root $DIST;#" -e "s#root /var/www/html;#root $WWW;#" "$ETC/sites-enabled/$2"
  grep -q "listen \[::1\]:$P443 ssl;" "$ETC/sites-enabled/$2" && grep -q "$WORK/atlas.key;" "$ETC/sites-enabled/$2" ||
    { echo "$ETC/sites-enabled/$2: no 'listen [::]:443 ssl;' or certificate line to point at this test" >&2; exit 1; }
  NGINX_T="$(nginx -t -c "$ETC/nginx.conf" -e "$RUN/error.log" 2>&1)" || { echo "$NGINX_T" >&2; exit 1; }
  nginx -c "$ETC/nginx.conf" -e "$RUN/error.log"
  PIDS+=("$RUN/nginx.pid")
}

PASSES=0
FAILS=0
pass() { echo "ok   $1"; PASSES=$((PASSES + 1)); }
fail() { echo "FAIL $1"; FAILS=$((FAILS + 1)); }
expect() { # name, haystack, regex
  if grep -qiE -- "$3" <<<"$2"; then pass "$1"; else fail "$1 (wanted /$3/)"; fi
}
expect_no() { # name, haystack, regex
  if grep -qiE -- "$3" <<<"$2"; then fail "$1 (found /$3/)"; else pass "$1"; fi
}
header() { curl -sg --cacert "$WORK/atlas.crt" -o /dev/null -D - "${@:2}" "$1" | tr -d '\r'; }
body() { curl -sg --cacert "$WORK/atlas.crt" "$1"; }
YEAR='^cache-control: public, max-age=31536000, immutable$'
# Hashed names stand as patterns in the check's names, so its output is the same for every build.
pattern() { sed -E 's/-[A-Za-z0-9_-]{8}\.(js|css|json)$/-*.\1/' <<<"$1"; }

# The app's files at BASE (a URL ending in /): types, headers, precompressed copies, caching.
check_app() {
  local base="$1" where="$2" h js data wb
  js="$(cd "$DIST" && ls assets/index-*.js | head -1)"
  data="$(cd "$DIST" && ls assets/atlas-model-*.json | head -1)"
  wb="$(cd "$DIST" && ls workbox-*.js | head -1)"
  h="$(header "$base")"
  expect "$where is the page" "$h" '^HTTP/1.1 200'
  expect "$where is html" "$h" '^content-type: text/html'
  expect "$where has the CSP" "$h" "^content-security-policy: default-src 'self'; script-src 'self'; .*frame-ancestors 'none'$"
  expect "$where has HSTS" "$h" '^strict-transport-security: max-age=31536000$'
  expect "$where has the Permissions-Policy" "$h" '^permissions-policy: fullscreen=\(self\), camera=\(\)'
  expect "$where is revalidated" "$h" '^cache-control: no-cache$'
  expect "$where has nosniff" "$h" '^x-content-type-options: nosniff$'
  expect "$where names no nginx version" "$h" '^server: nginx$'
  h="$(header "$base$js" -H 'Accept-Encoding: br, gzip')"
  expect "$(pattern "$js"): brotli copy" "$h" '^content-encoding: br$'
  expect "$(pattern "$js"): its size" "$h" "^content-length: $(stat -c %s "$DIST/$js.br")$"
  expect "$(pattern "$js"): cached a year" "$h" "$YEAR"
  expect "$(pattern "$js"): varies by encoding" "$h" '^vary: accept-encoding$'
  expect "$(pattern "$js"): has the CSP" "$h" "^content-security-policy: default-src 'self'"
  h="$(header "$base$js" -H 'Accept-Encoding: gzip')"
  expect "$(pattern "$js"): gzip copy" "$h" '^content-encoding: gzip$'
  expect "$(pattern "$js"): its size" "$h" "^content-length: $(stat -c %s "$DIST/$js.gz")$"
  h="$(header "$base$js")"
  expect "$(pattern "$js"): plain without Accept-Encoding" "$h" "^content-length: $(stat -c %s "$DIST/$js")$"
  h="$(header "$base$data" -H 'Accept-Encoding: br, gzip')"
  expect "$(pattern "$data"): JSON" "$h" '^content-type: application/json'
  expect "$(pattern "$data"): brotli copy" "$h" '^content-encoding: br$'
  expect "$(pattern "$data"): cached a year" "$h" "$YEAR"
  h="$(header "${base}sw.js" -H 'Accept-Encoding: br, gzip')"
  expect "sw.js is JavaScript" "$h" '^content-type: application/javascript'
  expect "sw.js is revalidated" "$h" '^cache-control: no-cache$'
  expect "sw.js has the CSP" "$h" "^content-security-policy: default-src 'self'"
  expect "workbox-*.js cached a year" "$(header "$base$wb")" "$YEAR"
  h="$(header "${base}manifest.webmanifest" -H 'Accept-Encoding: br')"
  expect "manifest type" "$h" '^content-type: application/manifest\+json'
  expect "manifest brotli" "$h" '^content-encoding: br$'
  expect "manifest revalidated" "$h" '^cache-control: no-cache$'
  expect "icon png" "$(header "${base}icon-512.png")" '^content-type: image/png$'
  expect "icon svg" "$(header "${base}icon.svg")" '^content-type: image/svg\+xml'
  expect "robots.txt" "$(header "${base}robots.txt")" '^content-type: text/plain'
  expect "deep link ?p=3 is the page" "$(header "$base?p=3&lang=en")" '^HTTP/1.1 200'
  h="$(header "${base}assets/nope-00000000.js")"
  expect "a missing file in assets/ is a 404" "$h" '^HTTP/1.1 404'
  expect "... not cached a year" "$h" '^cache-control: no-cache$'
  h="$(header "${base}assets/")"
  expect "the assets/ folder itself is a 403" "$h" '^HTTP/1.1 403'
  expect "... not cached a year" "$h" '^cache-control: no-cache$'
  h="$(header "${base}nowhere")"
  expect "no other paths" "$h" '^HTTP/1.1 404'
  expect "404 has the CSP too" "$h" "^content-security-policy: "
  expect_no "404 page names no nginx version" "$(body "${base}nowhere")" 'nginx/[0-9]'
}

[ "${KEEP:-}" = 1 ] || trap stop EXIT

echo "# The atlas as the host's site (sites-available/atlas)"
setup site atlas
expect_no "nginx -t: no warnings" "$NGINX_T" '\[warn\]|\[emerg\]'
h="$(header "http://127.0.0.1:$P80/?p=3")"
expect "plain HTTP redirects to HTTPS" "$h" '^HTTP/1.1 301'
expect "... keeping the address" "$h" '^location: https://127\.0\.0\.1/\?p=3$'
expect_no "... not Debian's default site" "$(body "http://127.0.0.1:$P80/")" 'Welcome to nginx'
expect "plain HTTP over IPv6 redirects too" "$(header "http://[::1]:$P80/")" '^location: https://\[::1\]/$'
expect "HTTPS over IPv6" "$(header "https://[::1]:$P443/")" '^HTTP/1.1 200'
check_app "https://127.0.0.1:$P443/" "/"
SITE_HTTPS="https://localhost:$P443/"
SITE_PID="$RUN/nginx.pid"

echo "# The atlas in a folder of a host (sites-available/atlas-in-folder)"
setup folder atlas-in-folder
expect_no "nginx -t: no warnings" "$NGINX_T" '\[warn\]|\[emerg\]'
F="https://127.0.0.1:$P443"
h="$(header "$F/")"
expect "the host's own page at /" "$(body "$F/")" "the host's own page"
expect_no "... without the atlas's headers" "$h" '^content-security-policy:'
expect "/atlas redirects to /atlas/" "$(header "$F/atlas")" '^location: https://127\.0\.0\.1:[0-9]+/atlas/$'
check_app "$F/atlas/" "/atlas/"
CHECKS=$((PASSES + FAILS))

# The figures docs/deploy.md shows: every precached file's size as built and as sent.
FIGURES="$(python3 - "$DIST" "$CHECKS" "$FAILS" <<'PY'
import os, re, subprocess, sys
dist, checks, fails = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sw = open(os.path.join(dist, 'sw.js'), encoding='utf-8').read()
kept = re.findall(r'url:"([^"]+)"', sw)
def size(path): return os.path.getsize(os.path.join(dist, path)) if os.path.exists(os.path.join(dist, path)) else None
def kb(n): return '—' if n is None else f'{n / 1024:,.0f} KB' if n >= 10240 else f'{n / 1024:,.1f} KB'
def name(path): return re.sub(r'-[A-Za-z0-9_-]{8}\.(js|css|json)$', r'-*.\1', path)
rows, small = [], []
files = kept + ['sw.js'] + [f for f in os.listdir(dist) if re.match(r'workbox-[^/]+\.js$', f)]
for f in files:
    row = (name(f), size(f), size(f + '.gz'), size(f + '.br'))
    (rows if row[1] >= 10240 else small).append(row)
rows.sort(key=lambda r: -r[1])
out = ['| file | as built | gzip copy | brotli copy |', '| --- | ---: | ---: | ---: |']
out += [f'| `{n}` | {kb(b)} | {kb(g)} | {kb(r)} |' for n, b, g, r in rows]
sb = sum(r[1] for r in small)
out.append(f'| {len(small)} smaller files, each under 10 KB | {kb(sb)} | | |')
total = sum(size(f) for f in kept)
sent = sum(size(f + '.br') or size(f) for f in kept)
out.append(f'| **the first visit: the {len(kept)} files the service worker keeps** | **{kb(total)}** | | **{kb(sent)}** sent to a browser that takes brotli |')
no_copy = [name(f) for f in files if size(f + '.br') is None and f.endswith(('.js', '.json', '.html', '.css', '.webmanifest', '.svg'))]
out.append('')
out.append('Text files with no compressed copy: ' + (', '.join(f'`{n}`' for n in no_copy) or 'none') + '.')
def pkg(p): return subprocess.run(['dpkg-query', '-W', '-f', '${Version}', p], capture_output=True, text=True).stdout or '?'
debian = open('/etc/debian_version').read().strip() if os.path.exists('/etc/debian_version') else '?'
verdict = f'all {checks} checks of nginx passed' if fails == 0 else f'{fails} of {checks} checks of nginx failed'
out.append(f'Checked with Debian {debian}, nginx {pkg("nginx")}, libnginx-mod-http-brotli-static {pkg("libnginx-mod-http-brotli-static")}: {verdict}.')
print('\n'.join(out))
PY
)"
echo
echo "$FIGURES"
echo

# The doc's figures sit between two markers; compare them with these, or write these there.
DOC_SAYS="$(python3 - "$DOC" "$FIGURES" "${UPDATE_DOC:-}" <<'PY'
import re, sys
doc, figures, update = sys.argv[1:]
begin = '<!-- BEGIN figures printed by docs/deploy/check-nginx.sh; UPDATE_DOC=1 docs/deploy/check-nginx.sh rewrites them -->'
end = '<!-- END figures -->'
text = open(doc, encoding='utf-8').read()
if text.count(begin) != 1 or text.count(end) != 1:
    print('no markers')
    sys.exit()
head, rest = text.split(begin, 1)
shown, tail = rest.split(end, 1)
if update == '1':
    open(doc, 'w', encoding='utf-8').write(f'{head}{begin}\n\n{figures}\n\n{end}{tail}')
    print('written')
else:
    # Prettier pads the table's columns in the doc: compare the cells, not the spaces.
    norm = lambda t: [re.sub(r'-{3,}', '---', re.sub(r' +', ' ', l.strip())) for l in t.strip().splitlines() if l.strip()]
    print('same' if norm(shown) == norm(figures) else 'different')
PY
)"
case "$DOC_SAYS" in
  written)
    # Laid out as the repository's formatter wants it, so `npm run lint` stays green.
    (cd "$REPO" && npx --no-install prettier --log-level warn --write "$DOC")
    echo "wrote these figures into docs/deploy.md"
    ;;
  same) pass "docs/deploy.md shows these figures" ;;
  *) fail "docs/deploy.md shows other figures than this build's (UPDATE_DOC=1 docs/deploy/check-nginx.sh rewrites them)" ;;
esac

echo "$PASSES passed, $FAILS failed ($WORK)"
if [ "${KEEP:-}" = 1 ]; then
  kill "$(cat "$RUN/nginx.pid")"
  echo "nginx serves the atlas on $SITE_HTTPS (certificate: $WORK/atlas.crt); stop it with: kill \$(cat $SITE_PID)"
fi
exit $((FAILS > 0))
