# numpy oracle: egov's window functions (minmax, zscore, composite,
# rating_class) and egdi_stats on 2000 seeded random partitions of 0 to 10^5
# rows against references computed another way (exact integer sums, numpy);
# one check per partition and function, about a minute.  Debian's python3
# with python3-numpy and python3-psycopg2.
cd "$EGOV_ROOT" || exit 1
/usr/bin/python3 test/oracle/window_oracle.py "$EGOV_COUNTS"
