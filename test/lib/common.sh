# Shared shell functions for bin/demo, test/run and bench/run: install what
# egov needs, build and install it, and run a throwaway PostgreSQL cluster
# owned by the postgres user with its socket in /tmp.
#
# Environment: PG_CONFIG (default: PostgreSQL 15's), EGOV_SKIP_APT=1 to skip
# the package check.

EGOV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
export PG_CONFIG

egov_log() { printf '== %s\n' "$*" >&2; }

# egov_install_packages [LIST...]: install the packages named in the LIST
# files (one a line, # comments) that are missing; by default every
# test/lib/packages* (what the suites need; bin/demo passes its own, shorter
# list).  apt's steps show as they go: a line per package fetched and set up.
egov_install_packages() {
	[ "${EGOV_SKIP_APT:-0}" = 1 ] && return 0
	local missing=() pkg lists=("$@")
	[ $# -gt 0 ] || lists=("$EGOV_ROOT"/test/lib/packages*)
	while read -r pkg; do
		case "$pkg" in ''|'#'*) continue ;; esac
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
			missing+=("$pkg")
	done < <(cat "${lists[@]}")
	[ ${#missing[@]} -eq 0 ] && return 0
	egov_log "installing ${#missing[@]} packages: ${missing[*]}"
	if [ "$(id -u)" -ne 0 ]; then
		echo "egov: missing packages (${missing[*]}); run as root or install them" >&2
		return 1
	fi
	egov_log "apt-get update"
	apt-get update -q | sed -u 's/^/   /' >&2
	[ "${PIPESTATUS[0]}" -eq 0 ] || return 1
	egov_log "apt-get install (with what they depend on)"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" | egov_apt_steps >&2
	[ "${PIPESTATUS[0]}" -eq 0 ] || return 1
	# PostgreSQL may have been among them
	PG_BIN=$("$PG_CONFIG" --bindir 2>/dev/null)
}

# apt-get install's output on stdin, one line a step: the download's size,
# each package fetched, each package set up (the rest is dropped).
egov_apt_steps() {
	sed -u -n -E -e 's/^(Need to get .*)/   \1/p' \
		-e 's/^Get:[0-9]+ [^ ]+ [^ ]+ [^ ]+ ([^ ]+) [^ ]+ ([^ ]+) (\[[^]]*\]).*/   fetched \1 \2 \3/p' \
		-e 's/^Setting up ([^ ]+) .*/   set up \1/p'
}

# Build egov (a job per core) and install it into PG_CONFIG's PostgreSQL, a
# line per compiled file (compiler messages as they come).
egov_build_install() {
	egov_log "building egov for $("$PG_CONFIG" --version)"
	make -j "$(nproc 2>/dev/null || echo 1)" -C "$EGOV_ROOT" --no-print-directory PG_CONFIG="$PG_CONFIG" |
		sed -u -n -E -e 's/.* -o ([^ ]+\.o) .*/   compiled \1/p' \
			-e 's/.* -o ([^ ]+\.bc) .*/   bitcode \1/p' -e 's/.* -o (egov\.so) .*/   linked \1/p' >&2
	[ "${PIPESTATUS[0]}" -eq 0 ] || return 1
	egov_log "installing egov into $("$PG_CONFIG" --pkglibdir) and $("$PG_CONFIG" --sharedir)"
	make -s -C "$EGOV_ROOT" PG_CONFIG="$PG_CONFIG" install >/dev/null
}

PG_BIN=$("$PG_CONFIG" --bindir 2>/dev/null)

# egov_copy_tree DEST: a copy of the working tree in DEST without build
# artefacts (git's tracked and untracked files, less the ignored ones; out of
# git, a copy cleaned with make clean), for a build that must not mix with
# the tree's own objects.
egov_copy_tree() {
	local dest=$1
	mkdir -p "$dest" || return 1
	if git -C "$EGOV_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		(cd "$EGOV_ROOT" && git ls-files -z -co --exclude-standard |
			while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
			tar --null -T - -cf -) | tar -xf - -C "$dest"
	else
		cp -a "$EGOV_ROOT"/. "$dest" && make -s -C "$dest" clean PG_CONFIG="$PG_CONFIG" >/dev/null
	fi
}

# Run a command as the postgres user (the server refuses to run as root).
egov_as_postgres() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

egov_port_free() { [ ! -e "/tmp/.s.PGSQL.$1.lock" ]; }

# egov_cluster_start DIR PORT [SETTING=VALUE...]: initdb DIR unless it
# exists, start it unless it runs, with these server settings after the
# defaults (so they win).  Exports PGHOST, PGPORT, PGUSER for the clients.
# The only code that creates and starts clusters: test/run, bin/demo,
# bench/run and the harnesses of test/lib/harness.sh all come here.
egov_cluster_start() {
	local dir=$1 port=$2 opts="" o
	shift 2
	for o in "$@"; do opts+=" -c $o"; done
	if [ ! -f "$dir/PG_VERSION" ]; then
		mkdir -p "$dir" || return 1
		[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
		egov_as_postgres "$PG_BIN/initdb" -D "$dir" -A trust -U postgres \
			--no-sync >/dev/null || return 1
	fi
	if ! egov_as_postgres "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
		# -t 120: a loaded machine or a server under valgrind starts slowly
		egov_as_postgres "$PG_BIN/pg_ctl" -D "$dir" -w -t 120 -l "$dir/server.log" \
			-o "-p $port -k /tmp -c listen_addresses='' -c fsync=off$opts" start >/dev/null ||
			{ tail -20 "$dir/server.log" >&2; return 1; }
	fi
	export PGHOST=/tmp PGPORT=$port PGUSER=postgres
}

# egov_cluster_stop DIR [MODE]: stop the cluster in DIR if it runs; MODE is
# pg_ctl's (default fast; immediate when its state does not matter).
egov_cluster_stop() {
	local dir=$1 mode=${2:-fast}
	[ -f "$dir/postmaster.pid" ] &&
		egov_as_postgres "$PG_BIN/pg_ctl" -D "$dir" -m "$mode" -w stop >/dev/null 2>&1
	return 0
}
