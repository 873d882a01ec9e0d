# Build PostgreSQL, and extensions for it, from source tarballs into a cache
# outside the checkout, keyed by each tarball's sha256: a second run with the
# same tarballs builds nothing.  Sourced by test/matrix; usable on its own:
#
#   source test/lib/pg-build.sh
#   prefix=$(egov_pg_build postgresql-18.3.tar.xz) || exit 1
#   egov_ext_build pgtap-1.3.4.tar.gz "$prefix/bin/pg_config" || exit 1
#   egov_ext_build citus-13.2.2.tar.xz "$prefix/bin/pg_config" --without-libcurl
#
# A PostgreSQL tarball NAME.tar.* is installed with the prefix
# $EGOV_PG_CACHE/NAME-<first 16 hex digits of its sha256>; the file .egov-built
# in it is written last, so a prefix without it is an interrupted build and is
# built again.  An extension is installed into the prefix of the pg_config it
# is given, with its own stamp .egov-built-NAME-<16 hex> there.  Builders of
# one prefix, in this shell or another, take turns on the lock file
# <prefix>.lock (flock), so concurrent runs build each tree once.  Progress
# and "cache: using DIR" go to standard error; egov_pg_build prints the
# prefix on standard output.
#
# Environment: EGOV_PG_CACHE (default /var/cache/egov-pg), EGOV_PG_JOBS (make
# -j, default 2), TMPDIR (scratch trees, removed afterwards).  Building
# PostgreSQL from a release tree needs bison and flex
# (test/lib/packages-matrix).

EGOV_PG_CACHE=${EGOV_PG_CACHE:-/var/cache/egov-pg}
EGOV_PG_JOBS=${EGOV_PG_JOBS:-2}
# no ICU, readline or zlib: fewer build dependencies, and egov uses none of them
EGOV_PG_CONFIGURE_ARGS=(--without-icu --without-readline --without-zlib)

egov_pg_build_log() { printf '== %s\n' "$*" >&2; }

# egov_tarball_key TARBALL: NAME-<16 hex>, NAME the file name without .tar.*
egov_tarball_key() {
	local name sum
	name=$(basename "$1")
	name=${name%.tar.*}
	name=${name%.tgz}
	sum=$(sha256sum < "$1") || return 1
	printf '%s-%s\n' "$name" "${sum:0:16}"
}

# egov_tarball_unpack TARBALL DIR: unpack into DIR and print the one
# directory the tarball holds (tar picks the decompressor by the suffix)
egov_tarball_unpack() {
	local tarball=$1 dir=$2 top
	mkdir -p "$dir" && tar -xaf "$tarball" -C "$dir" || return 1
	top=$(find "$dir" -mindepth 1 -maxdepth 1 -type d)
	if [ "$(wc -l <<<"$top")" -ne 1 ] || [ -z "$top" ]; then
		echo "egov: $tarball does not unpack into one directory" >&2
		return 1
	fi
	printf '%s\n' "$top"
}

# egov_with_lock LOCKFILE COMMAND...: run COMMAND holding an exclusive flock
# on LOCKFILE (waiting for other holders), in a subshell
egov_with_lock() {
	local lock=$1
	shift
	(
		exec 9>>"$lock" || exit 1
		if ! flock -n 9; then
			egov_pg_build_log "waiting for $lock (another build of this tree)"
			flock 9 || exit 1
		fi
		"$@"
	)
}

# egov_pg_build TARBALL: build and install the PostgreSQL source tarball
# TARBALL unless its prefix is complete; print the prefix
egov_pg_build() {
	local tarball=$1 key dir
	[ -f "$tarball" ] || { echo "egov: no such tarball: $tarball" >&2; return 1; }
	key=$(egov_tarball_key "$tarball") || return 1
	dir=$EGOV_PG_CACHE/$key
	mkdir -p "$EGOV_PG_CACHE" || return 1
	egov_with_lock "$dir.lock" _egov_pg_build_locked "$tarball" "$dir" || return 1
	printf '%s\n' "$dir"
}

_egov_pg_build_locked() {
	local tarball=$1 dir=$2 scratch src log=$2.log started=$SECONDS
	if [ -f "$dir/.egov-built" ]; then
		egov_pg_build_log "cache: using $dir"
		return 0
	fi
	egov_pg_build_log "building $(basename "$tarball") into $dir (log: $log)"
	rm -rf "$dir"
	scratch=$(mktemp -d "${TMPDIR:-/tmp}/egov-pg-build.XXXXXX") || return 1
	if src=$(egov_tarball_unpack "$tarball" "$scratch") &&
		(cd "$src" &&
			./configure --prefix="$dir" "${EGOV_PG_CONFIGURE_ARGS[@]}" &&
			make -j"$EGOV_PG_JOBS" &&
			make install) >"$log" 2>&1; then
		rm -rf "$scratch"
		chmod -R a+rX "$dir"
		{
			echo "tarball $(basename "$tarball")"
			echo "sha256 $(sha256sum < "$tarball" | cut -d' ' -f1)"
			echo "configure ${EGOV_PG_CONFIGURE_ARGS[*]}"
			echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - started)) s"
		} > "$dir/.egov-built"
		egov_pg_build_log "built $dir in $((SECONDS - started)) s"
	else
		rm -rf "$scratch"
		tail -30 "$log" >&2
		echo "egov: building $(basename "$tarball") failed; the whole log is $log" >&2
		return 1
	fi
}

# egov_ext_build TARBALL PG_CONFIG [CONFIGURE_ARG...]: build and install the
# extension source tarball TARBALL with PGXS into the installation PG_CONFIG
# belongs to, unless that installation already holds this build.  A tree
# with a configure script is configured first, with PG_CONFIG=... and the
# CONFIGURE_ARGs (a different argument list builds again).
egov_ext_build() {
	local tarball=$1 pg_config=$2 key prefix
	shift 2
	[ -f "$tarball" ] || { echo "egov: no such tarball: $tarball" >&2; return 1; }
	[ -x "$pg_config" ] || { echo "egov: not an executable pg_config: $pg_config" >&2; return 1; }
	key=$(egov_tarball_key "$tarball") || return 1
	# the lock of egov_pg_build: nothing builds into a prefix being built
	prefix=$("$pg_config" --bindir) || return 1
	prefix=$(dirname "$prefix")
	egov_with_lock "$prefix.lock" _egov_ext_build_locked "$tarball" "$pg_config" "$prefix" "$key" "$@"
}

_egov_ext_build_locked() {
	local tarball=$1 pg_config=$2 prefix=$3 key=$4 stamp scratch src log started=$SECONDS want
	shift 4
	stamp=$prefix/.egov-built-$key
	log=$prefix.$key.log
	want="configure ${*}"
	if [ -f "$stamp" ] && grep -qxF -- "$want" "$stamp"; then
		egov_pg_build_log "cache: using $key in $prefix"
		return 0
	fi
	rm -f "$stamp"
	egov_pg_build_log "building $(basename "$tarball") for $prefix (log: $log)"
	scratch=$(mktemp -d "${TMPDIR:-/tmp}/egov-ext-build.XXXXXX") || return 1
	if src=$(egov_tarball_unpack "$tarball" "$scratch") &&
		(cd "$src" &&
			if [ -x configure ]; then
				./configure PG_CONFIG="$pg_config" "$@" || exit 1
			elif [ $# -gt 0 ]; then
				echo "egov: configure arguments given, but $(basename "$tarball") has no configure script"
				exit 1
			fi &&
			make -j"$EGOV_PG_JOBS" PG_CONFIG="$pg_config" &&
			make PG_CONFIG="$pg_config" install) >"$log" 2>&1; then
		rm -rf "$scratch"
		chmod -R a+rX "$prefix"
		{
			echo "tarball $(basename "$tarball")"
			echo "sha256 $(sha256sum < "$tarball" | cut -d' ' -f1)"
			echo "$want"
			echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - started)) s"
		} > "$stamp"
		egov_pg_build_log "built $key for $prefix in $((SECONDS - started)) s"
	else
		rm -rf "$scratch"
		tail -30 "$log" >&2
		echo "egov: building $(basename "$tarball") failed; the whole log is $log" >&2
		return 1
	fi
}
