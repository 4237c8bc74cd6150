#!/usr/bin/env bash
# Builds the local base image local/node:<major>-slim from this machine's Node, because the tests
# pull nothing from Docker Hub (README.md, "On a fresh machine").
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
# shellcheck source=lib/rootfs.sh
source "$(dirname "$0")/lib/rootfs.sh"

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

  mkdir -p "$root"/usr/lib/node_modules
  rootfs_common "$root" node "$node_bin"
  cp "$node_bin" "$root/usr/bin/node"
  cp -a "$(readlink -f "$npm_dir")" "$root/usr/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/bin/npx"

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
