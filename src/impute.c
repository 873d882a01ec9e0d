/*
 * impute.c — imputation window functions over the window partition:
 *
 * - egov.impute(x, method): a NULL x replaced by the partition's mean or
 *   median of the non-NULL values (COINr's i_mean, i_median; with
 *   PARTITION BY region, the group means of i_mean_grp);
 * - egov.impute_em(indicators): each NULL element of an indicators array
 *   replaced by its conditional mean given the row's observed elements,
 *   under the multivariate normal model whose mean and covariance are
 *   estimated from the partition by expectation-maximisation (COINr's i_EM
 *   through Amelia, without Amelia's random draw).
 *
 * Both read the partition once, on its first row, and compute every row's
 * result there; the window's ORDER BY and frame never change a result.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "windowapi.h"

#include "indarray.h"
#include "linalg.h"
#include "numerics.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_impute);
PG_FUNCTION_INFO_V1(egov_impute_em);

/* ---------- egov.impute(x, method) ---------- */

typedef enum ImputeMethod
{
	IMPUTE_MEAN,
	IMPUTE_MEDIAN
} ImputeMethod;

typedef struct ImputePartition
{
	bool		computed;
	ImputeMethod method;
	int64		method_row;		/* the row the method was read from */
	bool		defined;		/* some value is non-NULL */
	float8		fill;
} ImputePartition;

static ImputeMethod
impute_method(WindowObject winobj, int64 pos)
{
	static const char *const names[] = {"mean", "median"};

	return (ImputeMethod) winpart_name_arg(winobj, "egov.impute", 1, "method", names,
										   lengthof(names),
										   "The methods are 'mean' and 'median'; egov.impute_em imputes indicator arrays.",
										   pos);
}

/* the mean (exact sum over the count) or the median of the non-NULL values */
static void
impute_scan(WindowObject winobj, ImputePartition *p)
{
	WinpartColumn pv;

	winpart_read_column(winobj, "egov.impute", 0, "input",
						winpart_check_finite, CurrentMemoryContext, &pv);
	p->defined = pv.valid > 0;
	if (!p->defined)
		return;
	if (p->method == IMPUTE_MEAN)
	{
		EgovExactSum sum;

		memset(&sum, 0, sizeof(sum));
		for (int64 i = 0; i < pv.rows; i++)
		{
			CHECK_FOR_INTERRUPTS();
			if (!winpart_isnull(pv.values[i]))
				egov_exact_sum_add(&sum, ldexp(pv.values[i], -11));
		}
		/* scaled by 2^-11 so that the sum of 2^31 values cannot overflow */
		p->fill = ldexp(egov_exact_sum_value(&sum, 0) / (float8) pv.valid, 11);
	}
	else
	{
		int32	   *order = winpart_sorted_positions(&pv, false);
		int64		m = pv.valid;
		float8		lo = pv.values[order[(m - 1) / 2]],
					hi = pv.values[order[m / 2]];

		/* the mean of the two middle values, halved first if their sum overflows */
		p->fill = isinf(lo + hi) ? lo / 2 + hi / 2 : (lo + hi) / 2;
		pfree(order);
	}
	pfree(pv.values);
}

/*
 * egov.impute(x, method) OVER w: x, or, for a NULL x, the mean or median of
 * the partition's non-NULL values (NULL if there are none).  method must be
 * the same on every row.
 */
Datum
egov_impute(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	int64		pos = WinGetCurrentPosition(winobj);
	ImputePartition *p;
	ImputeMethod method;
	bool		isnull;
	float8		x;

	p = (ImputePartition *) WinGetPartitionLocalMemory(winobj, sizeof(ImputePartition));
	method = impute_method(winobj, pos);
	if (!p->computed)
	{
		p->method = method;
		p->method_row = pos;
		impute_scan(winobj, p);
		p->computed = true;
	}
	else if (method != p->method)
		winpart_param_differs("egov.impute", "method",
							  p->method_row, p->method == IMPUTE_MEAN ? "'mean'" : "'median'",
							  pos, method == IMPUTE_MEAN ? "'mean'" : "'median'");

	x = DatumGetFloat8(WinGetFuncArgCurrent(winobj, 0, &isnull));
	if (!isnull)
	{
		/* already checked in the scan, unless the argument is volatile */
		winpart_check_finite("egov.impute", "input", x, pos);
		PG_RETURN_FLOAT8(x);
	}
	if (!p->defined)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(p->fill);
}

/* ---------- egov.impute_em(indicators) ---------- */

#define EM_MAX_ITERATIONS	1000
#define EM_TOLERANCE		1e-10
#define EM_FUNC				"egov.impute_em"

typedef struct EmPartition
{
	bool		computed;
	int			k;				/* elements of every non-NULL array */
	int64		rows;
	float8	   *x;				/* [rows * k], NaN: NULL; completed in place */
	bool	   *row_null;		/* [rows] the array itself is NULL */
} EmPartition;

typedef struct EmReader
{
	EmPartition *p;
	MemoryContext cxt;
} EmReader;

static void
em_read_row(void *arg, const WinpartRow *row)
{
	EmReader   *r = (EmReader *) arg;
	EmPartition *p = r->p;
	EgovIndicators ind;

	if (row->isnull[0])
	{
		p->row_null[row->pos] = true;
		return;
	}
	egov_indicators_read(row->values[0], EM_FUNC, row->pos, &ind);
	if (p->k == 0)
	{
		p->k = ind.k;
		p->x = MemoryContextAllocHuge(r->cxt, sizeof(float8) * p->rows * p->k);
	}
	else if (ind.k != p->k)
		egov_indicators_length_error(EM_FUNC, row->pos, ind.k, p->k);
	memcpy(p->x + row->pos * p->k, ind.x, sizeof(float8) * p->k);
}

/*
 * The EM problem in standardised units: the p indicators with spread
 * (col[a] their positions), each row's values z = (x - mean) / sd, NaN where
 * missing; rows in `order`, grouped by their pattern of missing values.
 */
typedef struct EmModel
{
	int			p;
	int		   *col;			/* [p] */
	EgovMoments *mom;			/* [p] observed moments, in scaled units */
	float8	   *sd;				/* [p] observed sd (population), scaled */
	int64		n;				/* rows with some observed value */
	float8	   *z;				/* [n * p] */
	int64	   *order;			/* [n] by pattern */
	float8	   *mu;				/* [p] */
	float8	   *sigma;			/* [p * p] */
} EmModel;

static int
em_pattern_cmp(const void *a, const void *b, void *arg)
{
	const EmModel *e = (const EmModel *) arg;
	const float8 *za = e->z + *(const int64 *) a * e->p;
	const float8 *zb = e->z + *(const int64 *) b * e->p;

	for (int j = 0; j < e->p; j++)
		if (isnan(za[j]) != isnan(zb[j]))
			return isnan(za[j]) ? 1 : -1;
	/* equal patterns in row order: a deterministic sum order */
	return (*(const int64 *) a > *(const int64 *) b) -
		(*(const int64 *) a < *(const int64 *) b);
}

static bool
same_pattern(const float8 *a, const float8 *b, int p)
{
	for (int j = 0; j < p; j++)
		if (isnan(a[j]) != isnan(b[j]))
			return false;
	return true;
}

/*
 * For a pattern with observed set o and missing set m (index lists), the
 * regression of the missing on the observed under (mu, sigma):
 * beta = S_mo S_oo^+ (|m| x |o|), and the residual covariance
 * S_mm - beta S_om (|m| x |m|).
 */
static void
em_regression(const EmModel *e, const int *o, int no, const int *m, int nm,
			  float8 *beta, float8 *resid)
{
	int			p = e->p;
	float8	   *soo = palloc(sizeof(float8) * Max(no * no, 1));
	float8	   *inv = palloc(sizeof(float8) * Max(no * no, 1));

	for (int a = 0; a < no; a++)
		for (int b = 0; b < no; b++)
			soo[a * no + b] = e->sigma[o[a] * p + o[b]];
	egov_sym_pinv(no, soo, inv);
	for (int a = 0; a < nm; a++)
		for (int b = 0; b < no; b++)
		{
			float8		s = 0.0;

			for (int c = 0; c < no; c++)
				s += e->sigma[m[a] * p + o[c]] * inv[c * no + b];
			beta[a * no + b] = s;
		}
	for (int a = 0; a < nm; a++)
		for (int b = 0; b < nm; b++)
		{
			float8		s = e->sigma[m[a] * p + m[b]];

			for (int c = 0; c < no; c++)
				s -= beta[a * no + c] * e->sigma[o[c] * p + m[b]];
			resid[a * nm + b] = s;
		}
	pfree(soo);
	pfree(inv);
}

/*
 * One pass over the rows under the current (mu, sigma): with `complete`,
 * write each row's conditional means into zhat; with t1, t2, accumulate
 * the expected sufficient statistics sum E[z] and sum E[z z'].
 */
static void
em_pass(const EmModel *e, float8 *zhat, float8 *t1, float8 *t2)
{
	int			p = e->p;
	int		   *o = palloc(sizeof(int) * p);
	int		   *m = palloc(sizeof(int) * p);
	float8	   *beta = palloc(sizeof(float8) * p * p);
	float8	   *resid = palloc(sizeof(float8) * p * p);
	float8	   *row = palloc(sizeof(float8) * p);
	int64		g = 0;

	if (t1)
	{
		memset(t1, 0, sizeof(float8) * p);
		memset(t2, 0, sizeof(float8) * p * p);
	}
	while (g < e->n)
	{
		const float8 *first = e->z + e->order[g] * p;
		int64		end = g;
		int			no = 0,
					nm = 0;

		CHECK_FOR_INTERRUPTS();
		while (end < e->n && same_pattern(first, e->z + e->order[end] * p, p))
			end++;
		for (int j = 0; j < p; j++)
		{
			if (isnan(first[j]))
				m[nm++] = j;
			else
				o[no++] = j;
		}
		if (nm > 0)
			em_regression(e, o, no, m, nm, beta, resid);
		for (int64 r = g; r < end; r++)
		{
			const float8 *z = e->z + e->order[r] * p;

			for (int j = 0; j < p; j++)
				row[j] = z[j];
			for (int a = 0; a < nm; a++)
			{
				float8		s = e->mu[m[a]];

				for (int b = 0; b < no; b++)
					s += beta[a * no + b] * (z[o[b]] - e->mu[o[b]]);
				row[m[a]] = s;
			}
			if (zhat)
				memcpy(zhat + e->order[r] * p, row, sizeof(float8) * p);
			if (t1)
			{
				for (int i = 0; i < p; i++)
				{
					t1[i] += row[i];
					for (int j = 0; j < p; j++)
						t2[i * p + j] += row[i] * row[j];
				}
				for (int a = 0; a < nm; a++)
					for (int b = 0; b < nm; b++)
						t2[m[a] * p + m[b]] += resid[a * nm + b];
			}
		}
		g = end;
	}
	pfree(o);
	pfree(m);
	pfree(beta);
	pfree(resid);
	pfree(row);
}

/* iterate to convergence; the estimate is left in e->mu, e->sigma */
static void
em_iterate(EmModel *e)
{
	int			p = e->p;
	float8	   *t1 = palloc(sizeof(float8) * p);
	float8	   *t2 = palloc(sizeof(float8) * p * p);
	int			it;

	/* start: the observed means and variances (0 and 1 standardised) */
	for (int i = 0; i < p; i++)
	{
		e->mu[i] = 0.0;
		for (int j = 0; j < p; j++)
			e->sigma[i * p + j] = (i == j) ? 1.0 : 0.0;
	}
	for (it = 0; it < EM_MAX_ITERATIONS; it++)
	{
		float8		change = 0.0;

		em_pass(e, NULL, t1, t2);
		for (int i = 0; i < p; i++)
		{
			float8		mu = t1[i] / e->n;

			change = Max(change, fabs(mu - e->mu[i]));
			t1[i] = mu;
		}
		for (int i = 0; i < p; i++)
			for (int j = 0; j < p; j++)
			{
				float8		s = t2[i * p + j] / e->n - t1[i] * t1[j];

				change = Max(change, fabs(s - e->sigma[i * p + j]));
				e->sigma[i * p + j] = s;
			}
		memcpy(e->mu, t1, sizeof(float8) * p);
		if (change <= EM_TOLERANCE)
			break;
	}
	if (it == EM_MAX_ITERATIONS)
		ereport(WARNING,
				(errmsg(EM_FUNC ": no convergence in %d iterations; the last estimate is used",
						EM_MAX_ITERATIONS),
				 errdetail("The largest change of a standardised mean or covariance in the last iteration exceeded %g.",
						   EM_TOLERANCE)));
	pfree(t1);
	pfree(t2);
}

/*
 * z back in the units of indicator a: mean + sd z, computed in scaled units
 * and scaled back exactly; 22003 naming the row if that is beyond float8.
 */
static float8
em_unstandardise(const EmModel *e, int a, float8 z, int64 row)
{
	const EgovMoments *m = &e->mom[a];
	float8		x = ldexp(m->mean + m->correction + e->sd[a] * z, m->scale);

	if (!isfinite(x))
		winpart_row_error(EM_FUNC, row, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
						  "the imputed value of indicator %d is out of range",
						  e->col[a] + 1);
	return x;
}

/*
 * Complete p->x in place.  An indicator without observed values stays
 * NULL; one without spread (one value, or all equal) is filled with its
 * value and left out of the model; the others are standardised and
 * modelled together.
 */
static void
em_complete(EmPartition *p)
{
	int			k = p->k;
	EmModel		e;
	int64		missing = 0;
	float8	   *zhat;

	memset(&e, 0, sizeof(e));
	e.col = palloc(sizeof(int) * k);
	e.mom = palloc(sizeof(EgovMoments) * k);
	e.sd = palloc(sizeof(float8) * k);
	for (int j = 0; j < k; j++)
	{
		EgovMoments mom;
		float8	   *colv = palloc(sizeof(float8) * Max(p->rows, 1));
		float8		sd;

		for (int64 i = 0; i < p->rows; i++)
			colv[i] = p->row_null[i] ? get_float8_nan() : p->x[i * k + j];
		egov_moments_of(&mom, colv, p->rows);
		pfree(colv);
		if (mom.n == 0)
			continue;
		if (mom.min == mom.max || !egov_moments_sd(&mom, true, &sd))
		{
			for (int64 i = 0; i < p->rows; i++)
				if (!p->row_null[i] && isnan(p->x[i * k + j]))
					p->x[i * k + j] = mom.min;
			continue;
		}
		e.col[e.p] = j;
		e.mom[e.p] = mom;
		e.sd[e.p] = sd;
		e.p++;
	}
	if (e.p == 0)
		return;

	e.z = palloc(sizeof(float8) * p->rows * e.p);
	e.order = palloc(sizeof(int64) * Max(p->rows, 1));
	for (int64 i = 0; i < p->rows; i++)
	{
		float8	   *z = e.z + e.n * e.p;
		bool		any = false;

		CHECK_FOR_INTERRUPTS();
		if (p->row_null[i])
			continue;
		for (int a = 0; a < e.p; a++)
		{
			float8		x = p->x[i * k + e.col[a]];

			/* in scaled units: no overflow for any finite x */
			z[a] = isnan(x) ? x : egov_moments_deviation(&e.mom[a], x) / e.sd[a];
			if (isnan(x))
				missing++;
			else
				any = true;
		}
		/* a row with nothing observed gets the means; it carries no information */
		if (any)
			e.order[e.n++] = i;
	}
	if (missing == 0)
		return;

	/* e.z holds the used rows compactly; order maps them back */
	{
		int64	   *rowof = e.order;

		e.order = palloc(sizeof(int64) * Max(e.n, 1));
		for (int64 r = 0; r < e.n; r++)
			e.order[r] = r;
		qsort_arg(e.order, e.n, sizeof(int64), em_pattern_cmp, &e);

		e.mu = palloc(sizeof(float8) * e.p);
		e.sigma = palloc(sizeof(float8) * e.p * e.p);
		em_iterate(&e);

		zhat = palloc(sizeof(float8) * Max(e.n, 1) * e.p);
		em_pass(&e, zhat, NULL, NULL);
		for (int64 r = 0; r < e.n; r++)
			for (int a = 0; a < e.p; a++)
			{
				float8	   *x = p->x + rowof[r] * k + e.col[a];

				if (isnan(*x))
					*x = em_unstandardise(&e, a, zhat[r * e.p + a], rowof[r]);
			}
	}
	/* rows with nothing observed: the estimated means */
	for (int64 i = 0; i < p->rows; i++)
		for (int a = 0; a < e.p; a++)
		{
			float8	   *x = p->x + i * k + e.col[a];

			if (!p->row_null[i] && isnan(*x))
				*x = em_unstandardise(&e, a, e.mu[a], i);
		}
}

static void
em_scan(FunctionCallInfo fcinfo, WindowObject winobj, EmPartition *p)
{
	EmReader	reader = {p, winpart_context(p)};
	WinpartArgs args = {0};

	p->rows = winpart_rows(winobj, EM_FUNC);
	p->row_null = MemoryContextAllocZero(reader.cxt, sizeof(bool) * Max(p->rows, 1));
	winpart_args_add(&args, fcinfo->flinfo, 0);
	(void) winpart_scan(winobj, EM_FUNC, &args, em_read_row, &reader);
	/* the model's working memory is the call's, reset after the row */
	if (p->k > 0)
		em_complete(p);
}

/*
 * egov.impute_em(indicators) OVER w: the row's array with each NULL element
 * replaced by its conditional mean under the EM estimate; NULL for a NULL
 * array; an element stays NULL when its indicator has no value in the
 * partition.  Every non-NULL array must have as many elements.
 */
Datum
egov_impute_em(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	EmPartition *p;
	int64		pos;

	p = (EmPartition *) WinGetPartitionLocalMemory(winobj, sizeof(EmPartition));
	if (!p->computed)
	{
		em_scan(fcinfo, winobj, p);
		p->computed = true;
	}
	pos = WinGetCurrentPosition(winobj);
	if (p->row_null[pos])
		PG_RETURN_NULL();
	PG_RETURN_ARRAYTYPE_P(egov_float8_array_nan_null(p->x + pos * p->k, 1, &p->k));
}
