# bench/run --quick on the running test cluster: it must complete and write
# its results, and every available workload's egov result must agree with its
# competitor's (one pass per agreement, one failure per disagreement).
# No timing is asserted.  Results go to $EGOV_WORK, never into bench/reports.
cd "$EGOV_ROOT" || exit 1
out=$EGOV_WORK/bench
bash bench/run --quick --reuse --out "$out" 2>&1
rc=$?
/usr/bin/python3 - "$rc" "$out" "$EGOV_COUNTS" <<'PY'
import csv, glob, os, sys

rc, out, counts = int(sys.argv[1]), sys.argv[2], sys.argv[3]
passed = failed = 0
found = glob.glob(os.path.join(out, "*-quick.csv"))
csv_path = found[0] if found else None
complete = rc == 0 and csv_path and all(
    os.path.exists(csv_path[:-4] + ext) and os.path.getsize(csv_path[:-4] + ext) > 0
    for ext in (".csv", ".md", ".png"))
if complete:
    print("ok - bench/run --quick completed and wrote csv, md and png")
    passed += 1
else:
    print(f"not ok - bench/run --quick (exit {rc}) did not complete or write its results")
    failed += 1
for r in csv.DictReader(open(csv_path)) if csv_path else []:
    if r["kind"] == "check":
        what = f"{r['workload']} at {r['rows']} rows ({r['variant']})"
        if r["agree"] == "yes":
            print(f"ok - {what} agree")
            passed += 1
        else:
            print(f"not ok - {what}: {r['mismatches']} of {r['compared']} rows differ")
            failed += 1
    elif r["available"] == "no":
        print(f"skip - {r['workload']}: {r['note']}")
with open(counts, "w") as f:
    f.write(f"{passed} {failed}\n")
sys.exit(1 if failed else 0)
PY
