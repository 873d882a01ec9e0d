/*
 * partition_values.c — the whole partition's float8 argument, read once.
 *
 * The toolkit's window functions (pct_rank, winsorise, rank_uncertainty)
 * each depend on every value of the partition, never on the window frame or
 * its ORDER BY, so, like ntile and percent_rank in PostgreSQL's
 * windowfuncs.c, they read the partition on their first call and keep the
 * result in partition-local memory.
 */
#include "postgres.h"

#include <math.h>

#include "utils/memutils.h"

#include "egov.h"
#include "partition_values.h"

void
egov_read_partition_float8(WindowObject winobj, int argno,
						   const char *fname, MemoryContext cxt,
						   PartitionValues *pv)
{
	int64		nrows = WinGetPartitionRowCount(winobj);
	int64		i;

	/* WinGetFuncArgInPartition takes an int position */
	if (nrows > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: partition of " INT64_FORMAT " rows is too large",
						fname, nrows)));

	pv->nrows = nrows;
	pv->nvalid = 0;
	pv->values = MemoryContextAllocHuge(cxt, Max(nrows, 1) * sizeof(float8));
	pv->isnull = MemoryContextAllocHuge(cxt, Max(nrows, 1) * sizeof(bool));

	for (i = 0; i < nrows; i++)
	{
		bool		isnull;
		bool		isout;
		Datum		d;

		/* no mark: later calls read nothing, so nothing may be freed early */
		d = WinGetFuncArgInPartition(winobj, argno, (int) i,
									 WINDOW_SEEK_HEAD, false,
									 &isnull, &isout);
		if (isout)
			elog(ERROR, "%s: row " INT64_FORMAT " of " INT64_FORMAT
				 " is outside its partition", fname, i + 1, nrows);
		pv->isnull[i] = isnull;
		if (isnull)
			continue;
		pv->values[i] = DatumGetFloat8(d);
		if (isnan(pv->values[i]) || isinf(pv->values[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: value must be finite, got %s in row "
							INT64_FORMAT " of the partition",
							fname, egov_float8_text(pv->values[i]), i + 1)));
		pv->nvalid++;
	}
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
	int64		nrows = WinGetPartitionRowCount(winobj);
	Datum		first = (Datum) 0;
	int64		i;

	for (i = 0; i < nrows; i++)
	{
		bool		isnull;
		bool		isout;
		bool		same;
		Datum		d;

		d = WinGetFuncArgInPartition(winobj, argno, (int) i,
									 WINDOW_SEEK_HEAD, false,
									 &isnull, &isout);
		if (isout)
			elog(ERROR, "%s: row " INT64_FORMAT " is outside its partition",
				 fname, i + 1);
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
