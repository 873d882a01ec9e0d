# numpy oracle: egov's window functions (minmax, zscore, composite,
# rating_class) on a few thousand random partitions against references
# computed another way (exact integer sums, numpy); one check per partition
# and function.  Debian's python3 with python3-numpy and python3-psycopg2.
cd "$EGOV_ROOT" || exit 1
/usr/bin/python3 test/oracle/window_oracle.py "$EGOV_COUNTS"
