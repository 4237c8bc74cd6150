#!/usr/bin/env bash
# Builds the local base image local/bun:<version> from the `bun` package of the npm registry,
# because nothing can be pulled from Docker Hub here (as scripts/base-image.sh does for Node).
#
#   bash scripts/bun-base-image.sh [--version 1.3.9] [--push REGISTRY] [--force]
#
# The image holds bun (and bunx), the shared libraries bun needs plus the resolver and NSS
# modules for DNS, dash as /bin/sh, /usr/bin/env, the CA bundle, resolv.conf, nsswitch.conf, a
# minimal passwd/group (root, bun=1000) and a world-writable /tmp. It has no node: an app on it
# runs on Bun, as on the official oven/bun images.
#
# The binary comes from @oven/bun-linux-<arch>, the platform package the `bun` npm package
# installs, fetched with `npm pack`. Idempotent: an image already made from the same version is
# left alone (--force rebuilds). --push REGISTRY also pushes REGISTRY/bun:<version>.
# Prints the image name on stdout (and the pushed reference on a second line with --push).
set -euo pipefail

version=1.3.9
push=""
force=0
while (($#)); do
  case $1 in
    --version) version=${2:?--version needs a bun version}; shift 2 ;;
    --push) push=${2:?--push needs a registry, e.g. localhost:5000}; shift 2 ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

log() { echo "bun-base-image: $*" >&2; }
# shellcheck source=lib/rootfs.sh
source "$(dirname "$0")/lib/rootfs.sh"

image="local/bun:${version}"
case $(uname -m) in
  x86_64) arch=x64 ;;
  aarch64) arch=aarch64 ;;
  *) echo "no bun package for $(uname -m)" >&2; exit 1 ;;
esac

existing=$(docker image inspect -f '{{index .Config.Labels "local.bun.version"}}' "$image" 2>/dev/null || true)
if ((force == 0)) && [[ $existing == "$version" ]]; then
  log "$image already built (use --force to rebuild)"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  log "fetching @oven/bun-linux-$arch@$version from the npm registry"
  tarball=$(cd "$work" && npm pack --silent "@oven/bun-linux-$arch@$version")
  tar -C "$work" -xzf "$work/$tarball"
  bun_bin="$work/package/bin/bun"
  chmod 755 "$bun_bin"
  "$bun_bin" --version >/dev/null

  root="$work/root"
  mkdir -p "$root/usr/local/bin"
  rootfs_common "$root" bun "$bun_bin"
  cp "$bun_bin" "$root/usr/local/bin/bun"
  ln -s bun "$root/usr/local/bin/bunx"

  log "importing $image"
  tar -C "$root" --numeric-owner -c . | docker import \
    -c 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
    -c 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt' \
    -c "LABEL local.bun.version=$version" \
    - "$image" >/dev/null
fi
echo "$image"

if [[ -n $push ]]; then
  remote="${push%/}/bun:${version}"
  docker tag "$image" "$remote"
  log "pushing $remote"
  docker push "$remote" >&2
  echo "$remote"
fi
