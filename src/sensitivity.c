/*
 * sensitivity.c — variance-based sensitivity analysis (Sobol indices) by
 * the Saltelli design and the Jansen estimators, COINr's
 * get_sensitivity(SA_type = "SA"):
 *
 *   egov.saltelli_sample(base_samples, dimensions, seed)
 *       -> (sample, block, x float8[]): the design, to evaluate any model;
 *   egov.sobol_indices(y float8[], dimensions) -> egov.sobol_indices:
 *       the estimators on a model's outputs over that design;
 *   egov.rank_sobol(indicators, weights, base_samples, weight_spread,
 *       normalisations, methods, vary_imputation, seed) OVER w
 *       -> egov.rank_sobol: both for the ranks of a composite, per row, and
 *       for the partition's mean absolute rank shift (rank_sim.h's model).
 *
 * The design: N base samples; sample j draws A_j then B_j, each d values
 * uniform on [0, 1) from pg_prng seeded with seed; its blocks are A_j (block
 * 0), B_j (block 1) and, for i = 1..d, AB_j^i = A_j with coordinate i taken
 * from B_j (block 1 + i): N (d + 2) model evaluations.  With f the model,
 * V the (population) variance of the 2N outputs f(A_j), f(B_j):
 *
 *   S_i  = (V - 1/(2N) sum_j (f(B_j) - f(AB_j^i))^2) / V   (Jansen)
 *   ST_i = 1/(2N) sum_j (f(A_j) - f(AB_j^i))^2 / V          (Jansen)
 *
 * and the standard error of each, sd(terms) / (sqrt(N) V), the terms being
 * the N summands (V taken as known).  Plain Monte Carlo: the error falls as
 * 1/sqrt(N).  An output without variance gives every index 0.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/pg_prng.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "egov.h"
#include "rank_sim.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_saltelli_sample);
PG_FUNCTION_INFO_V1(egov_sobol_indices);
PG_FUNCTION_INFO_V1(egov_rank_sobol);

#define SOBOL_MAX_DIMENSIONS	1000
#define SOBOL_MAX_SAMPLES		10000000
#define SOBOL_MAX_CELLS			20000000	/* rows x evaluations of rank_sobol (160 MB) */

static void
check_design(const char *func, int32 n, int32 d)
{
	if (n < 2 || n > SOBOL_MAX_SAMPLES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: base_samples must be between 2 and %d, got %d",
						func, SOBOL_MAX_SAMPLES, n)));
	if (d < 1 || d > SOBOL_MAX_DIMENSIONS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: dimensions must be between 1 and %d, got %d",
						func, SOBOL_MAX_DIMENSIONS, d)));
}

/* the next base sample: A then B */
static void
draw_ab(pg_prng_state *prng, int d, float8 *a, float8 *b)
{
	for (int i = 0; i < d; i++)
		a[i] = pg_prng_double(prng);
	for (int i = 0; i < d; i++)
		b[i] = pg_prng_double(prng);
}

/* block 0: A, 1: B, 1 + i: A with coordinate i (1-based) from B */
static void
block_point(int d, const float8 *a, const float8 *b, int block, float8 *x)
{
	memcpy(x, block == 1 ? b : a, d * sizeof(float8));
	if (block >= 2)
		x[block - 2] = b[block - 2];
}

/* the Jansen estimators and their standard errors (see the header) */
typedef struct SobolResult
{
	float8		variance;
	float8	   *s1;
	float8	   *st;
	float8	   *s1_se;
	float8	   *st_se;
} SobolResult;

/* y(j, block) = y[j * stride + block * step] */
static void
jansen(const float8 *y, int64 n, int d, int64 stride, int64 step, SobolResult *r)
{
	float8		sum = 0.0;
	float8		ss = 0.0;
	float8		mean;

	for (int64 j = 0; j < n; j++)
		sum += y[j * stride] + y[j * stride + step];
	mean = sum / (2.0 * n);
	for (int64 j = 0; j < n; j++)
	{
		float8		da = y[j * stride] - mean;
		float8		db = y[j * stride + step] - mean;

		ss += da * da + db * db;
	}
	r->variance = ss / (2.0 * n);
	for (int i = 0; i < d; i++)
	{
		float8		s1 = 0.0, s1q = 0.0, st = 0.0, stq = 0.0;

		for (int64 j = 0; j < n; j++)
		{
			float8		ya = y[j * stride];
			float8		yb = y[j * stride + step];
			float8		yab = y[j * stride + (2 + i) * step];
			float8		t1 = (yb - yab) * (yb - yab) / 2.0;
			float8		tt = (ya - yab) * (ya - yab) / 2.0;

			s1 += t1;
			s1q += t1 * t1;
			st += tt;
			stq += tt * tt;
		}
		s1 /= n;
		st /= n;
		if (!(r->variance > 0.0))
		{
			r->s1[i] = r->st[i] = r->s1_se[i] = r->st_se[i] = 0.0;
			continue;
		}
		r->s1[i] = (r->variance - s1) / r->variance;
		r->st[i] = st / r->variance;
		r->s1_se[i] = sqrt(Max(s1q / n - s1 * s1, 0.0) / n) / r->variance;
		r->st_se[i] = sqrt(Max(stq / n - st * st, 0.0) / n) / r->variance;
	}
}

static void
result_alloc(SobolResult *r, int d, MemoryContext cxt)
{
	r->s1 = MemoryContextAlloc(cxt, d * sizeof(float8));
	r->st = MemoryContextAlloc(cxt, d * sizeof(float8));
	r->s1_se = MemoryContextAlloc(cxt, d * sizeof(float8));
	r->st_se = MemoryContextAlloc(cxt, d * sizeof(float8));
}

static Datum
float8_array_datum(const float8 *v, int n)
{
	Datum	   *d = palloc(Max(n, 1) * sizeof(Datum));

	for (int i = 0; i < n; i++)
		d[i] = Float8GetDatum(v[i]);
	return PointerGetDatum(construct_array(d, n, FLOAT8OID, sizeof(float8),
										   FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* ---------- egov.saltelli_sample ---------- */

typedef struct SampleState
{
	int32		n;
	int32		d;
	pg_prng_state prng;
	float8	   *a;
	float8	   *b;
} SampleState;

Datum
egov_saltelli_sample(PG_FUNCTION_ARGS)
{
	FuncCallContext *fctx;
	SampleState *st;
	int64		call;
	int32		sample;
	int32		block;
	float8	   *x;
	TupleDesc	tupdesc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		int32		n = PG_GETARG_INT32(0);
		int32		d = PG_GETARG_INT32(1);

		check_design("egov.saltelli_sample", n, d);
		fctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fctx->multi_call_memory_ctx);
		st = palloc(sizeof(SampleState));
		st->n = n;
		st->d = d;
		pg_prng_seed(&st->prng, (uint64) (int64) PG_GETARG_INT32(2));
		st->a = palloc(d * sizeof(float8));
		st->b = palloc(d * sizeof(float8));
		fctx->user_fctx = st;
		fctx->max_calls = (uint64) n * (d + 2);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "egov.saltelli_sample: return type must be a row type");
		fctx->tuple_desc = BlessTupleDesc(tupdesc);
		MemoryContextSwitchTo(old);
	}
	fctx = SRF_PERCALL_SETUP();
	st = fctx->user_fctx;
	if (fctx->call_cntr >= fctx->max_calls)
		SRF_RETURN_DONE(fctx);
	call = (int64) fctx->call_cntr;
	sample = (int32) (call / (st->d + 2));
	block = (int32) (call % (st->d + 2));
	if (block == 0)
		draw_ab(&st->prng, st->d, st->a, st->b);
	x = palloc(st->d * sizeof(float8));
	block_point(st->d, st->a, st->b, block, x);
	values[0] = Int32GetDatum(sample + 1);
	values[1] = Int32GetDatum(block);
	values[2] = float8_array_datum(x, st->d);
	SRF_RETURN_NEXT(fctx, HeapTupleGetDatum(heap_form_tuple(fctx->tuple_desc, values, nulls)));
}

/* ---------- egov.sobol_indices ---------- */

static Datum
sobol_tuple(FunctionCallInfo fcinfo, const char *func, const SobolResult *r, int d,
			int extra, const Datum *extra_values)
{
	TupleDesc	tupdesc;
	Datum		values[8];
	bool		nulls[8] = {0};
	int			n = 0;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "%s: return type must be a row type", func);
	tupdesc = BlessTupleDesc(tupdesc);
	for (int i = 0; i < extra; i++)
		values[n++] = extra_values[i];
	values[n++] = float8_array_datum(r->s1, d);
	values[n++] = float8_array_datum(r->st, d);
	values[n++] = float8_array_datum(r->s1_se, d);
	values[n++] = float8_array_datum(r->st_se, d);
	values[n++] = Float8GetDatum(r->variance);
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

Datum
egov_sobol_indices(PG_FUNCTION_ARGS)
{
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(0);
	int32		d = PG_GETARG_INT32(1);
	Datum	   *elems;
	bool	   *isnull;
	int			len;
	int64		n;
	float8	   *y;
	SobolResult r;

	if (d < 1 || d > SOBOL_MAX_DIMENSIONS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov.sobol_indices: dimensions must be between 1 and %d, got %d",
						SOBOL_MAX_DIMENSIONS, d)));
	if (ARR_NDIM(array) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov.sobol_indices: y must be a one-dimensional array")));
	deconstruct_array(array, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &isnull, &len);
	if (len == 0 || len % (d + 2) != 0 || len / (d + 2) < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov.sobol_indices: y has %d elements, not N (dimensions + 2) = N * %d with N >= 2",
						len, d + 2),
				 errhint("Aggregate the model's outputs over egov.saltelli_sample(N, dimensions, seed) "
						 "ordered by sample, block.")));
	n = len / (d + 2);
	y = palloc(len * sizeof(float8));
	for (int i = 0; i < len; i++)
	{
		if (isnull[i] || isnan(DatumGetFloat8(elems[i])) || isinf(DatumGetFloat8(elems[i])))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("egov.sobol_indices: y[%d] must be a finite number", i + 1)));
		y[i] = DatumGetFloat8(elems[i]);
	}
	result_alloc(&r, d, CurrentMemoryContext);
	jansen(y, n, d, d + 2, 1, &r);
	PG_RETURN_DATUM(sobol_tuple(fcinfo, "egov.sobol_indices", &r, d, 0, NULL));
}

/* ---------- egov.rank_sobol ---------- */

#define RSOB_ARG_SAMPLES	2
#define RSOB_ARG_SPREAD		3
#define RSOB_ARG_NORMS		4
#define RSOB_ARG_METHODS	5
#define RSOB_ARG_IMPUTE		6
#define RSOB_ARG_SEED		7

typedef struct RankSobolState
{
	bool		computed;
	int			d;
	int32	   *nominal;		/* [rows]; 0: not ranked */
	SobolResult *row;			/* [rows] */
	SobolResult mars;
	Datum		factors;		/* text[] */
} RankSobolState;

static Datum
factor_names(int k)
{
	Datum	   *d = palloc((k + 3) * sizeof(Datum));

	for (int j = 0; j < k; j++)
		d[j] = CStringGetTextDatum(psprintf("weight %d", j + 1));
	d[k] = CStringGetTextDatum("normalisation");
	d[k + 1] = CStringGetTextDatum("method");
	d[k + 2] = CStringGetTextDatum("imputation");
	return PointerGetDatum(construct_array(d, k + 3, TEXTOID, -1, false, TYPALIGN_INT));
}

static void
rank_sobol_compute(FunctionCallInfo fcinfo, WindowObject winobj, RankSobolState *st)
{
	const char *func = "egov.rank_sobol";
	static const WinpartParam params[] = {
		{RSOB_ARG_SAMPLES, "base_samples", false},
		{RSOB_ARG_SEED, "seed", false},
	};
	MemoryContext cxt = winpart_context(st);
	MemoryContext old;
	Datum		pv[2];
	RankModel	model;
	int32		n;
	int			d;
	int64		rows;
	int64		evals;
	float8	   *y;				/* [rows][evals] ranks, then MARS last */
	int32	   *rank;
	float8	   *a;
	float8	   *b;
	float8	   *x;
	pg_prng_state prng;

	winpart_const_args(fcinfo, winobj, func, 2, params, pv);
	n = DatumGetInt32(pv[0]);
	rank_model_init(fcinfo, winobj, func, RSOB_ARG_SPREAD, RSOB_ARG_NORMS,
					RSOB_ARG_METHODS, RSOB_ARG_IMPUTE, &model);
	d = model.d;
	check_design(func, n, d);
	rows = model.m.rows;
	evals = (int64) n * (d + 2);
	if ((rows + 1) * evals > SOBOL_MAX_CELLS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: " INT64_FORMAT " rows and %d base samples are too many", func, rows, n),
				 errhint("(rows + 1) * base_samples * (factors + 2) may be at most %d.",
						 SOBOL_MAX_CELLS)));
	st->d = d;
	st->nominal = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(int32));
	rank = palloc(Max(rows, 1) * sizeof(int32));
	a = palloc(d * sizeof(float8));
	b = palloc(d * sizeof(float8));
	x = palloc(d * sizeof(float8));
	rank_model_nominal(&model, x);
	rank_model_eval(&model, x, st->nominal, NULL);
	y = MemoryContextAllocHuge(CurrentMemoryContext, (rows + 1) * evals * sizeof(float8));

	pg_prng_seed(&prng, (uint64) (int64) DatumGetInt32(pv[1]));
	for (int64 e = 0; e < evals; e++)
	{
		int			block = (int) (e % (d + 2));
		float8		shift = 0.0;
		int64		ranked = 0;

		CHECK_FOR_INTERRUPTS();
		if (block == 0)
			draw_ab(&prng, d, a, b);
		block_point(d, a, b, block, x);
		rank_model_eval(&model, x, rank, NULL);
		for (int64 i = 0; i < rows; i++)
		{
			y[i * evals + e] = rank[i];
			if (st->nominal[i] > 0 && rank[i] > 0)
			{
				shift += fabs((float8) rank[i] - st->nominal[i]);
				ranked++;
			}
		}
		y[rows * evals + e] = ranked > 0 ? shift / ranked : 0.0;
	}

	old = MemoryContextSwitchTo(cxt);
	st->row = palloc0(Max(rows, 1) * sizeof(SobolResult));
	for (int64 i = 0; i < rows; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (st->nominal[i] == 0)
			continue;
		result_alloc(&st->row[i], d, cxt);
		jansen(y + i * evals, n, d, d + 2, 1, &st->row[i]);
	}
	result_alloc(&st->mars, d, cxt);
	jansen(y + rows * evals, n, d, d + 2, 1, &st->mars);
	st->factors = factor_names(model.m.k);
	MemoryContextSwitchTo(old);
	pfree(y);
	st->computed = true;
}

Datum
egov_rank_sobol(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	RankSobolState *st = WinGetPartitionLocalMemory(winobj, sizeof(RankSobolState));
	int64		i = WinGetCurrentPosition(winobj);
	Datum		extra[3];

	if (!st->computed)
		rank_sobol_compute(fcinfo, winobj, st);
	if (st->nominal[i] == 0)
		PG_RETURN_NULL();
	extra[0] = st->factors;
	extra[1] = float8_array_datum(st->mars.s1, st->d);
	extra[2] = float8_array_datum(st->mars.st, st->d);
	PG_RETURN_DATUM(sobol_tuple(fcinfo, "egov.rank_sobol", &st->row[i], st->d, 3, extra));
}
