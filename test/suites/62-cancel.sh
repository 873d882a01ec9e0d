# Every egov function that loops (window functions, aggregates,
# set-returning functions, loaders; listed from the catalogue) is run on
# adversarial input with a 200 ms statement_timeout and must end with 57014
# within 3 s (test/cancel/cancel.py); plus the endless-winsorise reproducer.
# A function without a case fails.  Debian's python3 with python3-psycopg2.
cd "$EGOV_ROOT" || exit 1
/usr/bin/python3 test/cancel/cancel.py "$EGOV_COUNTS"
