# A Citus cluster on one machine for test/citus/run and bench/citus: builds
# PostgreSQL 16.2 and Citus 13.2.2 from source tarballs (cached by
# test/lib/pg-build.sh), installs egov into that PostgreSQL from a clean copy
# of the tree, and runs a coordinator and workers on loopback ports.
#
#   source test/citus/lib.sh
#   citus_build TARBALL_DIR WORKDIR || exit 1   # sets PG_CONFIG, PG_BIN
#   citus_egov_install WORKDIR || exit 1
#   citus_start WORKDIR PORT NWORKERS [SETTING=VALUE...] || exit 1
#   citus_createdb DB || exit 1
#   ...; citus_stop WORKDIR
#
# TARBALL_DIR holds postgresql-16.2.tar.xz and citus-13.2.2.tar.xz
# (EGOV_CITUS_PG and EGOV_CITUS_TARBALL name other files in it).

CITUS_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$CITUS_LIB_DIR/../lib/pg-build.sh"

# citus_build TARBALL_DIR WORKDIR: PostgreSQL and Citus, built once per
# tarball pair, copied to WORKDIR/pg (a relocatable copy: egov is installed
# into it, the cache stays as built); then common.sh with that copy's
# pg_config (PG_CONFIG, PG_BIN, helpers).
citus_build() {
	local dir=$1 work=$2 pg citus prefix
	pg=$dir/${EGOV_CITUS_PG:-postgresql-16.2.tar.xz}
	citus=$dir/${EGOV_CITUS_TARBALL:-citus-13.2.2.tar.xz}
	for f in "$pg" "$citus"; do
		[ -f "$f" ] || { echo "egov: no $f (give the directory holding the tarballs)" >&2; return 1; }
	done
	prefix=$(egov_pg_build "$pg") || return 1
	# libcurl is only for Citus's anonymous usage statistics
	egov_ext_build "$citus" "$prefix/bin/pg_config" --without-libcurl || return 1
	rm -rf "$work/pg" && cp -a "$prefix" "$work/pg" || return 1
	PG_CONFIG=$work/pg/bin/pg_config
	export PG_CONFIG
	source "$CITUS_LIB_DIR/../lib/common.sh"
}

# citus_egov_install WORKDIR: build egov for this PostgreSQL in a copy of the
# tree (objects of another major in the checkout are not reused) and install it.
citus_egov_install() {
	local src=$1/egov-src
	rm -rf "$src" && mkdir -p "$src" || return 1
	(cd "$EGOV_ROOT" && tar -c --exclude=.git --exclude='*.o' --exclude='*.so' \
		--exclude='*.bc' --exclude=results . ) | tar -x -C "$src" || return 1
	make -s -C "$src" PG_CONFIG="$PG_CONFIG" clean >/dev/null &&
		make -s -C "$src" PG_CONFIG="$PG_CONFIG" >/dev/null &&
		make -s -C "$src" PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# citus_start WORKDIR PORT NWORKERS [SETTING=VALUE...]: coordinator WORKDIR/coord and workers
# WORKDIR/worker1.. on the first free ports from PORT, listening on
# 127.0.0.1 (trust, as initdb -A trust sets it) and on the socket in /tmp,
# with the server SETTINGs on every node.
# CITUS_PORTS: coordinator's port first.  PGHOST/PGPORT: the coordinator.
citus_start() {
	local work=$1 port=$2 n=$3 i name
	shift 3
	CITUS_PORTS=() CITUS_DIRS=()
	for ((i = 0; i <= n; i++)); do
		while ! egov_port_free "$port"; do port=$((port + 1)); done
		if [ $i = 0 ]; then name=coord; else name=worker$i; fi
		CITUS_DIRS+=("$work/$name") CITUS_PORTS+=("$port")
		egov_cluster_start "$work/$name" "$port" "listen_addresses=127.0.0.1" \
			"shared_preload_libraries=citus" "max_connections=200" "$@" || return 1
		port=$((port + 1))
	done
	export PGHOST=/tmp PGPORT=${CITUS_PORTS[0]} PGUSER=postgres
}

# citus_createdb DB: a database on every node with the citus extension, the
# workers registered with its coordinator (Citus metadata is per database).
citus_createdb() {
	local db=$1 i
	for ((i = 0; i < ${#CITUS_PORTS[@]}; i++)); do
		"$PG_BIN/dropdb" -p "${CITUS_PORTS[$i]}" --if-exists "$db" 2>/dev/null &&
			"$PG_BIN/createdb" -p "${CITUS_PORTS[$i]}" "$db" &&
			citus_psql -p "${CITUS_PORTS[$i]}" -d "$db" -c 'CREATE EXTENSION citus' || return 1
	done
	citus_psql -d "$db" -c "SELECT citus_set_coordinator_host('127.0.0.1', ${CITUS_PORTS[0]})" ||
		return 1
	for ((i = 1; i < ${#CITUS_PORTS[@]}; i++)); do
		citus_psql -d "$db" -c "SELECT citus_add_node('127.0.0.1', ${CITUS_PORTS[$i]})" || return 1
	done
}

citus_psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@" >/dev/null; }

citus_stop() {
	local d
	for d in "$1"/coord "$1"/worker*; do
		[ -d "$d" ] && egov_cluster_stop "$d"
	done
	return 0
}
