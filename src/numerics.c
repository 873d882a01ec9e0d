/*
 * numerics.c — exact float8 sums and two-pass moments (see numerics.h for
 * the method).
 */
#include "postgres.h"

#include <math.h>

#include "miscadmin.h"

#include "numerics.h"

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

void
egov_moments_of(EgovMoments *m, const float8 *values, int64 n)
{
	memset(m, 0, sizeof(*m));
	for (int64 i = 0; i < n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (!isnan(values[i]))
			egov_moments_add(m, values[i]);
	}
	egov_moments_end_mean(m);
	/* one value has no deviation to sum */
	if (m->n > 1)
		for (int64 i = 0; i < n; i++)
		{
			CHECK_FOR_INTERRUPTS();
			if (!isnan(values[i]))
				egov_moments_add_deviation(m, values[i]);
		}
	egov_moments_end_deviation(m);
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

void
egov_onepass_add(EgovOnePassMoments *s, float8 x)
{
	float8		ax = fabs(x);
	float8		sq = x * x;

	if (s->n == 0 || x < s->min)
		s->min = x;
	if (s->n == 0 || x > s->max)
		s->max = x;
	s->n++;
	if (ax != 0.0 && (ax < EGOV_ONEPASS_MIN || ax > EGOV_ONEPASS_MAX))
		s->extreme = true;
	egov_exact_sum_add(&s->sum, x);
	if (!s->extreme)
	{
		egov_exact_sum_add(&s->sq, sq);
		egov_exact_sum_add(&s->sq, fma(x, x, -sq));
	}
}

/* add a * b to an exact sum, exactly (a * b neither overflows nor underflows) */
static inline void
exact_sum_add_product(EgovExactSum *s, float8 a, float8 b)
{
	float8		p = a * b;

	egov_exact_sum_add(s, p);
	egov_exact_sum_add(s, fma(a, b, -p));
}

/*
 * The mean, the correction of its rounding and the sample deviation of
 * values none of which is extreme (see EgovOnePassMoments).
 */
void
egov_onepass_end(EgovOnePassMoments *s)
{
	float8		n = (float8) s->n;
	float8		m;
	EgovExactSum rest;
	EgovExactSum *dev = &s->sq;	/* becomes sum (x - m)^2 */
	float8		r;
	float8		ss;

	s->sd = 0.0;
	s->mean = s->min;
	s->correction = 0.0;
	if (s->n < 2 || s->min == s->max)
		return;					/* no spread: z = 0 */

	m = egov_exact_sum_value(&s->sum, 0) / n;
	s->mean = m;

	/* - 2 m sum x, with sum x taken apart into float8 terms */
	rest = s->sum;
	for (int terms = 0;; terms++)
	{
		float8		t = egov_exact_sum_value(&rest, 0);

		if (t == 0.0)
			break;
		/* each term takes some 50 bits off the rest; the sum has < 800 */
		if (terms >= 64)
			elog(ERROR, "exact sum does not come apart into float8 terms");
		egov_exact_sum_add(&rest, -t);
		exact_sum_add_product(dev, -2.0 * m, t);
	}
	/* + n m^2 = n (hi + lo) */
	{
		float8		hi = m * m;
		float8		lo = fma(m, m, -hi);

		exact_sum_add_product(dev, n, hi);
		exact_sum_add_product(dev, n, lo);
	}

	/* r = sum x - n m: what the rounding of m left over */
	rest = s->sum;
	exact_sum_add_product(&rest, -n, m);
	r = egov_exact_sum_value(&rest, 0);
	s->correction = r / n;
	ss = egov_exact_sum_value(dev, 0) - r * s->correction;
	if (ss > 0.0)
		s->sd = sqrt(ss / (n - 1.0));
}

int32
egov_histogram_kth(const int32 *hist, int n, int64 k)
{
	int64		seen = 0;

	for (int r = 0; r < n; r++)
		if ((seen += hist[r]) >= k)
			return r + 1;
	elog(ERROR, "rank histogram holds fewer than " INT64_FORMAT " draws", k);
	return 0;					/* keep compiler quiet */
}
