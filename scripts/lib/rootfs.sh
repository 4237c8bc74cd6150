# Shared by scripts/base-image.sh and scripts/bun-base-image.sh: what every base image root
# needs besides its runtime. Sourced, not run.

# rootfs_common ROOT USER BINARY...: dash as /bin/sh, /usr/bin/env, the shared libraries the
# binaries need at the paths ldd resolves them to (dereferenced) plus DNS resolution and the
# loader, the CA bundle, resolv.conf, nsswitch.conf, passwd/group with root and USER (1000),
# and a world-writable /tmp.
rootfs_common() {
  local root=$1 user=$2
  shift 2
  mkdir -p "$root"/{usr/bin,bin,lib64,etc/ssl/certs,tmp,root,home/$user}
  chmod 1777 "$root/tmp"
  cp -L /usr/bin/env "$root/usr/bin/env"
  cp -L /bin/dash "$root/bin/sh"

  local libs libdir extra lib
  libs=$( { for bin in "$@" /bin/dash /usr/bin/env; do ldd "$bin"; done; } | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u)
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
  printf 'root:x:0:0:root:/root:/bin/sh\n%s:x:1000:1000:%s:/home/%s:/bin/sh\n' "$user" "$user" "$user" >"$root/etc/passwd"
  printf 'root:x:0:\n%s:x:1000:\n' "$user" >"$root/etc/group"
  chown 1000:1000 "$root/home/$user"
}
