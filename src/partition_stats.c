/*
 * partition_stats.c — partition passes and moments shared by egov's window
 * functions (see partition_stats.h for the method).
 */
#include "postgres.h"

#include <limits.h>
#include <math.h>

#include "miscadmin.h"
#include "utils/float.h"
#include "utils/memutils.h"

#include "egov.h"
#include "partition_stats.h"

MemoryContext
egov_pass_context(FunctionCallInfo fcinfo, MemoryContext *slot)
{
	if (*slot == NULL)
		*slot = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt,
									  "egov window pass",
									  ALLOCSET_SMALL_SIZES);
	return *slot;
}

int64
egov_partition_rows(WindowObject winobj, const char *func)
{
	int64		rows = WinGetPartitionRowCount(winobj);

	/* WinGetFuncArgInPartition takes an int position */
	if (rows > INT_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: window partition has too many rows (" INT64_FORMAT ")",
						func, rows),
				 errdetail("At most %d rows per partition are supported.",
						   INT_MAX)));
	return rows;
}

int64
egov_scan_partition(WindowObject winobj, int argno, const char *func,
					EgovValueCheck check, EgovValueVisitor visit, void *arg)
{
	int64		rows = egov_partition_rows(winobj, func);
	MemoryContext pass;
	MemoryContext old;

	/* small contexts are recycled by PostgreSQL: cheap once a partition */
	pass = AllocSetContextCreate(CurrentMemoryContext, "egov partition scan",
								 ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(pass);
	for (int64 pos = 0; pos < rows; pos++)
	{
		bool		isnull;
		float8		x;

		CHECK_FOR_INTERRUPTS();
		MemoryContextReset(pass);
		x = DatumGetFloat8(egov_arg_at(winobj, argno, pos, &isnull));
		if (isnull)
			continue;
		check(func, x, pos);
		visit(arg, pos, x);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(pass);
	return rows;
}

static void
store_value(void *arg, int64 pos, float8 value)
{
	EgovPartitionValues *pv = (EgovPartitionValues *) arg;

	pv->values[pos] = value;
	pv->valid++;
}

void
egov_read_partition(WindowObject winobj, int argno, const char *func,
					EgovValueCheck check, MemoryContext cxt,
					EgovPartitionValues *pv)
{
	float8		null_value = get_float8_nan();

	pv->rows = egov_partition_rows(winobj, func);
	pv->valid = 0;
	pv->values = MemoryContextAllocHuge(cxt, Max(pv->rows, 1) * sizeof(float8));
	for (int64 pos = 0; pos < pv->rows; pos++)
		pv->values[pos] = null_value;
	(void) egov_scan_partition(winobj, argno, func, check, store_value, pv);
}

/* positions by the value they index; values are never NaN (NULL) here */
#define ST_SORT sort_positions_ascending
#define ST_ELEMENT_TYPE int32
#define ST_COMPARE_ARG_TYPE const float8
#define ST_COMPARE(a, b, v) (((v)[*(a)] > (v)[*(b)]) - ((v)[*(a)] < (v)[*(b)]))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

#define ST_SORT sort_positions_descending
#define ST_ELEMENT_TYPE int32
#define ST_COMPARE_ARG_TYPE const float8
#define ST_COMPARE(a, b, v) (((v)[*(a)] < (v)[*(b)]) - ((v)[*(a)] > (v)[*(b)]))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

int32 *
egov_sorted_positions(const EgovPartitionValues *pv, bool descending)
{
	int32	   *positions = MemoryContextAllocHuge(CurrentMemoryContext,
												   Max(pv->valid, 1) * sizeof(int32));
	int64		n = 0;

	for (int64 pos = 0; pos < pv->rows; pos++)
	{
		CHECK_FOR_INTERRUPTS();
		if (!egov_value_isnull(pv->values[pos]))
			positions[n++] = (int32) pos;
	}
	Assert(n == pv->valid);
	if (descending)
		sort_positions_descending(positions, n, pv->values);
	else
		sort_positions_ascending(positions, n, pv->values);
	return positions;
}

void
egov_check_finite(const char *func, float8 value, int64 pos)
{
	if (unlikely(isnan(value) || isinf(value)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: input must be finite, got %s",
						func, egov_float8_text(value)),
				 errdetail("Row " INT64_FORMAT " of the window partition.",
						   pos + 1)));
}

/*
 * A finite float8 is m * 2^E with an integer m < 2^53 and E >= -1074; in
 * the accumulator it is m shifted left by E + 1074 bits, i.e. added in three
 * 32-bit chunks to three consecutive limbs.
 */
#define LIMB_BITS		32
#define LIMB_MASK		UINT64CONST(0xFFFFFFFF)
#define LOWEST_EXP		(-1074)
#define MAX_PENDING		(1 << 30)	/* |limb| stays below 2^62 */

static void
exact_sum_carry(EgovExactSum *s)
{
	for (int k = 0; k < EGOV_SUM_LIMBS - 1; k++)
	{
		int64		carry = s->limb[k] >> LIMB_BITS;	/* floor division */

		s->limb[k] = (int64) ((uint64) s->limb[k] & LIMB_MASK);
		s->limb[k + 1] += carry;
	}
	s->pending = 0;
}

void
egov_exact_sum_add(EgovExactSum *s, float8 value)
{
	uint64		bits;
	uint64		m;
	int			biased;
	int			k;
	int			shift;
	uint64		c0,
				c1,
				c2;

	memcpy(&bits, &value, sizeof(bits));
	biased = (int) ((bits >> 52) & 0x7FF);
	m = bits & ((UINT64CONST(1) << 52) - 1);
	Assert(biased != 0x7FF);	/* callers pass finite values */
	if (biased == 0)
	{
		if (m == 0)
			return;				/* +0 or -0 */
		biased = 1;				/* subnormal: m * 2^-1074 */
	}
	else
		m |= UINT64CONST(1) << 52;

	/* value = m * 2^(biased - 1075); bit offset in the accumulator: */
	k = (biased - 1) / LIMB_BITS;
	shift = (biased - 1) % LIMB_BITS;
	c0 = (m << shift) & LIMB_MASK;
	c1 = (m >> (LIMB_BITS - shift)) & LIMB_MASK;
	c2 = shift == 0 ? 0 : m >> (2 * LIMB_BITS - shift);

	if (bits >> 63)
	{
		s->limb[k] -= (int64) c0;
		s->limb[k + 1] -= (int64) c1;
		s->limb[k + 2] -= (int64) c2;
	}
	else
	{
		s->limb[k] += (int64) c0;
		s->limb[k + 1] += (int64) c1;
		s->limb[k + 2] += (int64) c2;
	}
	if (++s->pending >= MAX_PENDING)
		exact_sum_carry(s);
}

float8
egov_exact_sum_value(EgovExactSum *s, int shift)
{
	bool		negative;
	float8		result = 0.0;

	exact_sum_carry(s);
	/* now limbs 0..N-2 are in [0, 2^32) and the top one carries the sign */
	negative = s->limb[EGOV_SUM_LIMBS - 1] < 0;
	if (negative)
	{
		/* negate: two's complement over the limbs */
		for (int k = 0; k < EGOV_SUM_LIMBS; k++)
			s->limb[k] = -s->limb[k];
		exact_sum_carry(s);
	}
	/* add the (non-negative) limbs from the most significant down */
	for (int k = EGOV_SUM_LIMBS - 1; k >= 0; k--)
		if (s->limb[k] != 0)
			result += ldexp((float8) s->limb[k],
							k * LIMB_BITS + LOWEST_EXP + shift);
	if (negative)
	{
		/* leave the accumulator as it was */
		for (int k = 0; k < EGOV_SUM_LIMBS; k++)
			s->limb[k] = -s->limb[k];
		exact_sum_carry(s);
	}
	return negative ? -result : result;
}

/* x * 2^-scale, correctly rounded (exact unless it underflows) */
static inline float8
scaled(const EgovMoments *m, float8 x)
{
	return m->use_factor ? x * m->factor : ldexp(x, -m->scale);
}

void
egov_moments_add(EgovMoments *m, float8 x)
{
	if (m->n == 0 || x < m->min)
		m->min = x;
	if (m->n == 0 || x > m->max)
		m->max = x;
	m->n++;
	if (fabs(x) > m->maxabs)
		m->maxabs = fabs(x);
	egov_exact_sum_add(&m->sum, x);
}

void
egov_moments_end_mean(EgovMoments *m)
{
	m->scale = 0;
	if (m->maxabs > 0.0)
		(void) frexp(m->maxabs, &m->scale); /* maxabs < 2^scale */
	/* 2^-scale is a normal float8 for these scales */
	m->use_factor = m->scale >= -1021 && m->scale <= 1022;
	m->factor = m->use_factor ? ldexp(1.0, -m->scale) : 0.0;
	m->mean = m->n > 0 ?
		egov_exact_sum_value(&m->sum, -m->scale) / (float8) m->n : 0.0;
	memset(&m->sum, 0, sizeof(m->sum));
}

void
egov_moments_add_deviation(EgovMoments *m, float8 x)
{
	float8		d = scaled(m, x) - m->mean;

	egov_exact_sum_add(&m->sum, d);
	egov_exact_sum_add(&m->sq, d * d);
}

void
egov_moments_end_deviation(EgovMoments *m)
{
	float8		sum_d;

	if (m->n == 0)
		return;
	sum_d = egov_exact_sum_value(&m->sum, 0);
	m->correction = sum_d / (float8) m->n;
	m->ss = egov_exact_sum_value(&m->sq, 0) - sum_d * m->correction;
	/* the rounded mean of equal values may differ from them by an ulp */
	if (m->min == m->max)
		m->ss = 0.0;
}

float8
egov_moments_deviation(const EgovMoments *m, float8 x)
{
	return (scaled(m, x) - m->mean) - m->correction;
}

bool
egov_moments_sd(const EgovMoments *m, bool population, float8 *sd)
{
	int64		divisor = population ? m->n : m->n - 1;

	if (divisor <= 0 || !(m->ss > 0.0))
		return false;
	*sd = sqrt(m->ss / (float8) divisor);
	return true;
}
