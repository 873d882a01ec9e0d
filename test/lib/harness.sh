# Shell functions shared by the reliability harnesses (test/fuzz, test/soak,
# test/valgrind, test/concurrency, test/crash, test/upgrade).
#
# Each harness runs its own private cluster: a crash, a kill -9 or a server
# under valgrind must not disturb the cluster that test/run shares between
# suites, and a private server log is the only reliable witness of a crash.
#
# Source test/lib/common.sh first (it sets EGOV_ROOT, PG_BIN and friends).

# rel_free_port START: the first port from START on with no socket in /tmp.
rel_free_port() {
	local port=$1
	while ! egov_port_free "$port"; do port=$((port + 1)); done
	echo "$port"
}

# rel_cluster_start DIR PORT [SETTING=VALUE...]: a fresh cluster in DIR
# (whatever was there is removed) started on PORT by egov_cluster_start, log
# in DIR/server.log; the harness directory above DIR belongs to postgres too.
rel_cluster_start() {
	rm -rf "$1"
	mkdir -p "$1" || return 1
	[ "$(id -u)" -eq 0 ] && chown postgres: "$1" "$(dirname "$1")"
	egov_cluster_start "$@"
}

# rel_cluster_stop DIR: an immediate stop; nothing in a harness's cluster
# needs a clean shutdown.
rel_cluster_stop() { egov_cluster_stop "$1" immediate; }

# rel_postmaster_pid DIR: the postmaster's pid from its pid file.
rel_postmaster_pid() { head -1 "$1/postmaster.pid" 2>/dev/null; }

# rel_crash_lines LOG [FROM_BYTE]: the server log lines from FROM_BYTE on that
# record a backend dying abnormally (signal, non-zero exit, PANIC, assertion)
# and the crash-restart that follows.
rel_crash_lines() {
	local log=$1 from=${2:-0}
	tail -c +"$((from + 1))" "$log" 2>/dev/null |
		grep -E 'terminated by signal|exited with exit code [1-9]|was terminated by exception|PANIC:|TRAP:|terminating any other active server processes|all server processes terminated; reinitializing' ||
		true
}

# rel_crash_count LOG [FROM_BYTE]: how many backends died abnormally.
rel_crash_count() {
	rel_crash_lines "$@" | grep -cE 'terminated by signal|exited with exit code|terminated by exception|PANIC:' ||
		true
}

# rel_log_size LOG: its current size in bytes (an offset for rel_crash_lines).
rel_log_size() { stat -c %s "$1" 2>/dev/null || echo 0; }

# rel_psql DB ARGS...: quiet psql that stops on the first error.
rel_psql() {
	local db=$1
	shift
	"$PG_BIN/psql" -qXtA -v ON_ERROR_STOP=1 -d "$db" "$@"
}

# rel_has_function DB SIGNATURE: whether egov has this function, e.g.
# rel_has_function egov_fuzz 'egov.import_un_csv(text, text, text, boolean)'.
rel_has_function() {
	[ "$(rel_psql "$1" -c "SELECT to_regprocedure('$2') IS NOT NULL")" = t ]
}

# rel_import_editions DB YEAR...: load the bundled UN DESA tables of these
# survey years through egov.import_un_csv.
rel_import_editions() {
	local db=$1 year
	shift
	for year in "$@"; do
		rel_import_file "$db" "$EGOV_ROOT/data/un-desa/EGOV_DATA_$year.csv" >/dev/null ||
			return 1
	done
}

# rel_import_file DB FILE: egov.import_un_csv(contents of FILE); prints its result.
rel_import_file() {
	printf '%s\n' "\\set csv \`cat '$2'\`" "SELECT egov.import_un_csv(:'csv');" |
		rel_psql "$1"
}

# rel_prepare_db DB [YEAR...]: a fresh database with egov installed and these
# editions loaded (default 2018 2020 2022).
rel_prepare_db() {
	local db=$1
	shift
	[ $# -eq 0 ] && set -- 2018 2020 2022
	"$PG_BIN/psql" -qX -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" &&
		"$PG_BIN/createdb" "$db" || return 1
	rel_psql "$db" -c 'CREATE EXTENSION egov' || return 1
	rel_import_editions "$db" "$@"
}
