# Shift and scale invariances of zscore, minmax, pct_rank, composite (both
# methods), winsorise and winsorise_report's moments, rating_class and
# egdi_stats' mean on 60 seeded data sets, the untransformed values against
# numpy (test/property/property.py).  Debian's python3 with python3-numpy
# and python3-psycopg2.
cd "$EGOV_ROOT" || exit 1
/usr/bin/python3 test/property/property.py "$EGOV_COUNTS" ${EGOV_PROPERTY_CASES:+--cases "$EGOV_PROPERTY_CASES"}
