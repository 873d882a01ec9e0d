/*
 * partition_stats.h — what egov's window functions share: reading a whole
 * partition by absolute position without leaking memory, the finiteness
 * check, and numerically careful partition moments.
 *
 * Every window function here computes its partition statistics once, on the
 * partition's first call, by reading the partition from its head with
 * WinGetFuncArgInPartition(..., WINDOW_SEEK_HEAD, ...); the window's ORDER BY
 * and frame therefore never change a result.
 */
#ifndef PARTITION_STATS_H
#define PARTITION_STATS_H

#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/memutils.h"
#include "windowapi.h"

/*
 * A per-query memory context in which a partition pass evaluates the
 * function's argument, reset before each row: argument expressions may
 * allocate (casts, ARRAY[...] constructors, detoasting) and a pass reads
 * every row of the partition inside one function call.  `slot` is where the
 * caller keeps the context between calls (a field of its fn_extra struct).
 */
extern MemoryContext egov_pass_context(FunctionCallInfo fcinfo,
									   MemoryContext *slot);

/*
 * Number of rows in the current partition.  Raises 54000 when the partition
 * has more rows than WinGetFuncArgInPartition can address (INT_MAX).
 */
extern int64 egov_partition_rows(WindowObject winobj, const char *func);

/*
 * The value of argument `argno` at absolute partition position `pos`,
 * evaluated in the current memory context.  The caller ensures pos is inside
 * the partition.
 */
static inline Datum
egov_arg_at(WindowObject winobj, int argno, int64 pos, bool *isnull)
{
	bool		isout;
	Datum		value;

	value = WinGetFuncArgInPartition(winobj, argno, (int) pos,
									 WINDOW_SEEK_HEAD, false, isnull, &isout);
	if (isout)
		elog(ERROR, "window partition row " INT64_FORMAT " is missing", pos);
	return value;
}

/*
 * A float8 argument of every row of the current partition, read once, in
 * partition order: 8 bytes a row.  A NULL is stored as NaN, which can never
 * be a value (every reader's check rejects NaN); egov_value_isnull() tells
 * them apart.
 */
typedef struct EgovPartitionValues
{
	int64		rows;			/* rows in the partition */
	int64		valid;			/* rows whose value is not NULL */
	float8	   *values;			/* [rows], by partition position */
} EgovPartitionValues;

#define egov_value_isnull(v)	isnan(v)

/*
 * Raises an error unless value (at 0-based partition position pos) is
 * acceptable to func; it must reject NaN.
 */
typedef void (*EgovValueCheck) (const char *func, float8 value, int64 pos);

/*
 * Visit argument argno of every row of the current partition in partition
 * order: visit(arg, pos, value) for each non-NULL value, after check.  The
 * argument is evaluated in a scratch context reset before each row, so an
 * argument that allocates (a cast, a detoasted value) costs nothing per row.
 * Returns the number of rows; raises 54000 for a partition too large to
 * address.
 */
typedef void (*EgovValueVisitor) (void *arg, int64 pos, float8 value);

extern int64 egov_scan_partition(WindowObject winobj, int argno,
								 const char *func, EgovValueCheck check,
								 EgovValueVisitor visit, void *arg);

/* egov_scan_partition into pv->values, allocated in cxt */
extern void egov_read_partition(WindowObject winobj, int argno,
								const char *func, EgovValueCheck check,
								MemoryContext cxt, EgovPartitionValues *pv);

/*
 * The partition positions of pv's pv->valid non-NULL values (4 bytes each),
 * sorted by value, ascending or descending, in the current memory context.
 * Equal values come in no particular order.
 */
extern int32 *egov_sorted_positions(const EgovPartitionValues *pv,
									bool descending);

/*
 * Raise 22023 unless value is finite: "<func>: input must be finite, got
 * NaN", with the (1-based) partition row in the detail.
 */
extern void egov_check_finite(const char *func, float8 value, int64 pos);

/*
 * Exact sum of float8 values: a fixed-point accumulator covering every bit a
 * float8 can hold (2^-1074 .. 2^1024) with room for 2^31 additions, in
 * 32-bit chunks kept in int64 limbs (carries resolved lazily).  Being exact,
 * the sum does not depend on the order of the additions, so neither does
 * anything computed from it: the window's ORDER BY cannot change a result,
 * not even in the last bit.  544 bytes; zero it to start.
 */
#define EGOV_SUM_LIMBS 68

typedef struct EgovExactSum
{
	int64		limb[EGOV_SUM_LIMBS];	/* limb k weighs 2^(32k - 1074) */
	int32		pending;		/* additions since carries were resolved */
} EgovExactSum;

/* add a finite value */
extern void egov_exact_sum_add(EgovExactSum *s, float8 value);

/* the sum times 2^shift, rounded to float8 (within a few ulp) */
extern float8 egov_exact_sum_value(EgovExactSum *s, int shift);

/*
 * Mean and standard deviation of one variable over a partition, in two
 * passes, independent of row order and robust against cancellation and
 * overflow:
 *
 * - pass 1 sums the values exactly and finds the largest |x|; values are
 *   then handled scaled by 2^-scale with 2^scale just above that largest
 *   |x| (multiplying by a power of two is exact), so that nothing overflows
 *   for |x| up to DBL_MAX and nothing underflows for tiny partitions;
 * - pass 2 sums the deviations d = x - mean and their squares, exactly; the
 *   mean of d corrects the rounding of the mean (so a large common offset,
 *   1e9 + noise, costs no precision), and the sum of squares about the
 *   corrected mean is sum(d^2) - (sum d)^2 / n ("corrected two-pass", Chan,
 *   Golub and LeVeque).
 *
 * Usage: zero the struct; pass 1: egov_moments_add(m, x) for every value;
 * egov_moments_end_mean(m); pass 2: egov_moments_add_deviation(m, x) for
 * every value; egov_moments_end_deviation(m); then egov_moments_sd() and
 * egov_moments_deviation().  Results are in scaled units; a z-score
 * d / sd is scale-free.
 */
typedef struct EgovMoments
{
	int64		n;				/* values added in pass 1 */
	float8		min;			/* smallest and largest x: a constant */
	float8		max;			/* variable has no spread, exactly */
	float8		maxabs;			/* largest |x| */
	int			scale;			/* values are handled as x * 2^-scale */
	bool		use_factor;		/* 2^-scale is a normal float8: multiply */
	float8		factor;			/* 2^-scale */
	float8		mean;			/* scaled mean, rounded */
	float8		correction;		/* scaled mean of (x - mean): its rounding */
	float8		ss;				/* scaled sum of squares about the mean */
	EgovExactSum sum;			/* pass 1: sum of x; pass 2: sum of d */
	EgovExactSum sq;			/* pass 2: sum of d^2 */
} EgovMoments;

extern void egov_moments_add(EgovMoments *m, float8 x);
extern void egov_moments_end_mean(EgovMoments *m);
extern void egov_moments_add_deviation(EgovMoments *m, float8 x);
extern void egov_moments_end_deviation(EgovMoments *m);

/*
 * Scaled standard deviation: the sample one (divide by n - 1) or the
 * population one (divide by n).  Returns false when it is undefined or zero
 * (fewer than 2 values for the sample, none for the population, or no
 * spread), so that the caller can return NULL.
 */
extern bool egov_moments_sd(const EgovMoments *m, bool population, float8 *sd);

/* Scaled deviation of x from the mean: (x - mean) * 2^-scale. */
extern float8 egov_moments_deviation(const EgovMoments *m, float8 x);

#endif							/* PARTITION_STATS_H */
