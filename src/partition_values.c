/*
 * partition_values.c — the toolkit's window functions' shared checks (see
 * partition_values.h); they read their partition with egov_read_partition.
 */
#include "postgres.h"

#include <math.h>

#include "miscadmin.h"

#include "egov.h"
#include "partition_stats.h"
#include "partition_values.h"

void
egov_toolkit_check_finite(const char *fname, float8 value, int64 pos)
{
	if (unlikely(isnan(value) || isinf(value)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: value must be finite, got %s in row "
						INT64_FORMAT " of the partition",
						fname, egov_float8_text(value), pos + 1)));
}

static char *
param_text(Datum d, bool is_float8)
{
	return is_float8 ? egov_float8_text(DatumGetFloat8(d))
		: psprintf("%d", DatumGetInt32(d));
}

Datum
egov_partition_constant_arg(WindowObject winobj, int argno,
							const char *fname, const char *argname,
							bool is_float8)
{
	int64		nrows = egov_partition_rows(winobj, fname);
	Datum		first = (Datum) 0;
	int64		i;

	for (i = 0; i < nrows; i++)
	{
		bool		isnull;
		bool		same;
		Datum		d;

		CHECK_FOR_INTERRUPTS();
		d = egov_arg_at(winobj, argno, i, &isnull);

		if (isnull)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: %s must not be NULL", fname, argname)));
		if (i == 0)
		{
			first = d;
			continue;
		}
		if (is_float8)
		{
			float8		a = DatumGetFloat8(first);
			float8		b = DatumGetFloat8(d);

			same = (a == b) || (isnan(a) && isnan(b));
		}
		else
			same = DatumGetInt32(first) == DatumGetInt32(d);
		if (!same)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: %s must be the same for every row of a partition",
							fname, argname),
					 errdetail("Row 1 has %s, row " INT64_FORMAT " has %s.",
							   param_text(first, is_float8), i + 1,
							   param_text(d, is_float8))));
	}
	return first;
}
