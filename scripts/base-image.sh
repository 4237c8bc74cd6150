#!/usr/bin/env bash
# Builds the local base image local/node:<major>-slim from this machine's Node, because nothing
# can be pulled from Docker Hub here (see shared/ENVIRONMENT.md, "Base images").
#
#   bash scripts/base-image.sh [--push REGISTRY] [--force]
#
# The image holds node, npm/npx, the shared libraries node needs (plus the resolver and NSS
# modules for DNS), dash as /bin/sh, /usr/bin/env, the CA bundle (NODE_EXTRA_CA_CERTS points at
# it so `npm ci` inside a build reaches the registry), resolv.conf, nsswitch.conf, a minimal
# passwd/group (root, node=1000) and a world-writable /tmp.
#
# Idempotent: when the image exists and was made from the same Node version it is left alone
# (use --force to rebuild). --push REGISTRY (e.g. localhost:5000) also tags and pushes
# REGISTRY/node:<major>-slim.
# Prints the image name on stdout (and the pushed reference on a second line with --push);
# progress goes to stderr.
set -euo pipefail

push=""
force=0
while (($#)); do
  case $1 in
    --push) push=${2:?--push needs a registry, e.g. localhost:5000}; shift 2 ;;
    --push=*) push=${1#--push=}; shift ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

log() { echo "base-image: $*" >&2; }

node_bin=$(command -v node)
node_bin=$(readlink -f "$node_bin")
node_version=$("$node_bin" -p 'process.versions.node')
major=${node_version%%.*}
image="local/node:${major}-slim"

existing=$(docker image inspect -f '{{index .Config.Labels "local.node.version"}}' "$image" 2>/dev/null || true)
if ((force == 0)) && [[ $existing == "$node_version" ]]; then
  log "$image already built from node $node_version (use --force to rebuild)"
else
  npm_dir=$(dirname "$node_bin")/../lib/node_modules/npm
  [[ -f $npm_dir/bin/npm-cli.js ]] || npm_dir=/usr/lib/node_modules/npm
  [[ -f $npm_dir/bin/npm-cli.js ]] || { echo "npm not found next to $node_bin" >&2; exit 1; }

  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  log "assembling node $node_version in $root"

  mkdir -p "$root"/{usr/bin,usr/lib/node_modules,bin,lib64,etc/ssl/certs,tmp,root,home/node}
  chmod 1777 "$root/tmp"
  cp "$node_bin" "$root/usr/bin/node"
  cp -L /usr/bin/env "$root/usr/bin/env"
  cp -L /bin/dash "$root/bin/sh"
  cp -a "$(readlink -f "$npm_dir")" "$root/usr/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/bin/npx"

  # Shared libraries at the paths ldd resolves them to (dereferenced), plus DNS resolution.
  libs=$( { ldd "$node_bin"; ldd /bin/dash; ldd /usr/bin/env; } | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u)
  libdir=$(dirname "$(echo "$libs" | grep -m1 '/libc\.so')")
  for extra in libresolv.so.2 libnss_dns.so.2 libnss_files.so.2; do
    [[ -e $libdir/$extra ]] && libs+=$'\n'"$libdir/$extra"
  done
  while read -r lib; do
    [[ -n $lib ]] || continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done <<<"$libs"
  cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/ld-linux-x86-64.so.2"
  # Some loaders look for themselves in the multiarch dir too.
  [[ -e $root$libdir/ld-linux-x86-64.so.2 ]] || cp -L /lib64/ld-linux-x86-64.so.2 "$root$libdir/ld-linux-x86-64.so.2"

  cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  echo 'hosts: files dns' >"$root/etc/nsswitch.conf"
  printf 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000:node:/home/node:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnode:x:1000:\n' >"$root/etc/group"
  chown 1000:1000 "$root/home/node"

  log "importing $image"
  tar -C "$root" --numeric-owner -c . | docker import \
    -c 'ENV PATH=/usr/bin:/bin' \
    -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
    -c "LABEL local.node.version=$node_version" \
    - "$image" >/dev/null
  rm -rf "$root"
  trap - EXIT
fi
echo "$image"

if [[ -n $push ]]; then
  remote="${push%/}/node:${major}-slim"
  docker tag "$image" "$remote"
  log "pushing $remote"
  docker push "$remote" >&2
  echo "$remote"
fi
