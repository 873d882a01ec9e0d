/*
 * partition_values.h — read a window function's float8 argument for every
 * row of the current partition, once, into partition-lifetime arrays.
 */
#ifndef EGOV_PARTITION_VALUES_H
#define EGOV_PARTITION_VALUES_H

#include "postgres.h"

#include "utils/memutils.h"
#include "windowapi.h"

typedef struct PartitionValues
{
	int64		nrows;			/* rows in the partition */
	int64		nvalid;			/* rows whose value is not NULL */
	float8	   *values;			/* [nrows]; meaningful where !isnull */
	bool	   *isnull;			/* [nrows] */
} PartitionValues;

/*
 * Fill *pv with argument argno of every row, in partition order, allocating
 * in cxt.  NaN and +/-Infinity raise 22023 naming fname, the value and its
 * row (1-based position in the partition).
 */
extern void egov_read_partition_float8(WindowObject winobj, int argno,
									   const char *fname, MemoryContext cxt,
									   PartitionValues *pv);

/*
 * The memory context that lives exactly as long as the current partition:
 * the one holding WinGetPartitionLocalMemory's chunk.
 */
#define egov_partition_context(local) GetMemoryChunkContext(local)

/*
 * A parameter argument (winmax, a threshold) that must be the same on every
 * row of the partition: returns its value, raising 22023 naming fname and
 * argname if it is NULL or differs between rows.  is_float8 says whether it is
 * a float8 (compared as numbers) or an int4.
 */
extern Datum egov_partition_constant_arg(WindowObject winobj, int argno,
										 const char *fname, const char *argname,
										 bool is_float8);

#endif							/* EGOV_PARTITION_VALUES_H */
