# ALTER EXTENSION egov UPDATE from every frozen release script in
# test/upgrade/ must give what a fresh install of the current version gives
# (test/upgrade/run).  Releases are frozen there, so a run that skips (no
# frozen or no upgrade script) ran no check, and test/run fails it.
cd "$EGOV_ROOT" || exit 1
test/upgrade/run --dir "$EGOV_WORK/upgrade"
rc=$?
cp "$EGOV_WORK/upgrade/counts" "$EGOV_COUNTS" 2>/dev/null || echo "0 1" > "$EGOV_COUNTS"
exit $rc
