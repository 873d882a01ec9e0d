/*
 * numerics.h — order-independent arithmetic for egov's partition statistics:
 * an exact float8 sum (EgovExactSum) and, built on it, mean and standard
 * deviation in two passes (EgovMoments) or, for moderate values, in one
 * (EgovOnePassMoments); percentiles of simulated ranks.  Nothing here
 * reads a partition; winpart.h does that.
 */
#ifndef EGOV_NUMERICS_H
#define EGOV_NUMERICS_H

#include "postgres.h"

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
 * Both passes over values[0 .. n-1], skipping NaN (a NULL in the columns
 * winpart.h reads, whose checks refuse a NaN input).
 */
extern void egov_moments_of(EgovMoments *m, const float8 *values, int64 n);

/*
 * Scaled standard deviation: the sample one (divide by n - 1) or the
 * population one (divide by n).  Returns false when it is undefined or zero
 * (fewer than 2 values for the sample, none for the population, or no
 * spread), so that the caller can return NULL.
 */
extern bool egov_moments_sd(const EgovMoments *m, bool population, float8 *sd);

/* Scaled deviation of x from the mean: (x - mean) * 2^-scale. */
extern float8 egov_moments_deviation(const EgovMoments *m, float8 x);

/*
 * Values whose squares, and products of means and sums, stay far from
 * float8's overflow and underflow: within these magnitudes (or 0) the one-pass
 * sums below give the variance; beyond them a caller falls back to
 * EgovMoments.
 */
#define EGOV_ONEPASS_MIN	0x1p-300
#define EGOV_ONEPASS_MAX	0x1p300

/*
 * Mean and sample deviation in one pass (for data read once), from exact
 * sums of x and x^2.
 *
 * It sums x and x^2 exactly (x^2 = hi + lo, both float8, by fma), so
 * with m the rounded mean, sum (x - m)^2 = sum x^2 - 2 m sum x + n m^2 is
 * computed exactly as well; what is left of the rounding of m,
 * r = sum x - n m, gives the corrected sum of squares
 * ss = sum (x - m)^2 - r^2 / n and the z-score ((x - m) - r / n) / sd, as
 * in the corrected two-pass algorithm, without a second read.  A large
 * common offset (1e9 + noise) costs no precision, and the result does not
 * depend on the order of the rows.  Valid only while no value is extreme
 * (outside [EGOV_ONEPASS_MIN, EGOV_ONEPASS_MAX]); `extreme` says so.
 *
 * Usage: zero the struct; egov_onepass_add() every value; unless extreme,
 * egov_onepass_end(); then egov_onepass_deviation() and sd (0: no spread).
 */
typedef struct EgovOnePassMoments
{
	int64		n;
	float8		min;			/* min == max: no spread, exactly */
	float8		max;
	bool		extreme;		/* a value outside [EGOV_ONEPASS_MIN, EGOV_ONEPASS_MAX] */
	EgovExactSum sum;			/* sum of x */
	EgovExactSum sq;			/* sum of x^2 */
	/* z = ((x - mean) - correction) / sd; sd 0: z = 0 */
	float8		mean;
	float8		correction;
	float8		sd;
} EgovOnePassMoments;

extern void egov_onepass_add(EgovOnePassMoments *s, float8 x);
extern void egov_onepass_end(EgovOnePassMoments *s);

/* (x - mean) - correction: the deviation from the exact mean */
static inline float8
egov_onepass_deviation(const EgovOnePassMoments *s, float8 x)
{
	return (x - s->mean) - s->correction;
}

/*
 * Percentiles of ranks drawn in a simulation, kept as a histogram of ranks
 * 1..n: the nearest-rank position ceil(pct / 100 * draws) (at least 1) and
 * the k-th smallest rank (1-based k) of the histogram.
 */
static inline int64
egov_nearest_rank(int pct, int32 draws)
{
	return Max(((int64) pct * draws + 99) / 100, 1);
}

extern int32 egov_histogram_kth(const int32 *hist, int n, int64 k);

#endif							/* EGOV_NUMERICS_H */
