/*
 * rank_sim.c — rank uncertainty of any composite (see rank_sim.h for the
 * configuration space):
 *
 *   egov.composite_rank_uncertainty(indicators, weights, draws,
 *       weight_spread, normalisations, methods, vary_imputation, top_k,
 *       seed) OVER w  -> egov.composite_rank_uncertainty
 *   egov.composite_rank_draws(indicators, weights, draws, weight_spread,
 *       normalisations, methods, vary_imputation, seed) OVER w -> int[]
 *
 * Each draw takes u uniform on [0, 1)^d from pg_prng seeded with seed (in
 * the order of rank_sim.h), recomputes every row's composite and ranks the
 * rows (competition ranks, highest first).  A row gets its nominal rank,
 * the nearest-rank median, 5th and 95th percentile of its ranks, the share
 * of draws in which it ranks top_k or better and the share in which its
 * group (the bands 0.25, 0.5, 0.75 of the composite min-maxed to [0, 1], as
 * EGDI's groups) differs from its nominal group, and the share in which its
 * rating class (quarters by count within the group, as the survey's) does.
 * The draws form returns each row's rank in every draw.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/pg_prng.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "composite_means.h"
#include "egov.h"
#include "numerics.h"
#include "rank_sim.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_composite_rank_uncertainty);
PG_FUNCTION_INFO_V1(egov_composite_rank_draws);

#define ARG_WEIGHTS		1
#define ARG_DRAWS		2
#define ARG_SPREAD		3
#define ARG_NORMS		4
#define ARG_METHODS		5
#define ARG_IMPUTE		6
#define ARG_TOP_K		7

#define RS_MAX_DRAWS	1000000
#define RS_MAX_ROWS		10000	/* the rank histogram is rows x rows */
#define RS_MAX_DRAW_CELLS	100000000	/* rows x draws of the draws form */

static const char *const norm_names[] = {"minmax", "rank", "zscore", "none"};
static const char *const method_names[] = {"mean", "geometric_mean", "harmonic_mean", "median"};

static void
param_error(const char *func, const char *fmt, const char *value)
{
	char		message[256];

	snprintf(message, sizeof(message), fmt, value);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s", func, message)));
}

/* a scan comparing every row's value of one argument with the first row's */
typedef struct SameScan
{
	const char *func;
	const char *name;
	int			argno;
	int16		typlen;
	bool		typbyval;
	bool		isnull;
	Datum		value;			/* the current row's, in the caller's context */
} SameScan;

static void
same_row(void *arg, const WinpartRow *row)
{
	SameScan   *s = arg;
	bool		isnull;
	Datum		d = winpart_row_arg(row, s->argno, &isnull);

	if (isnull != s->isnull ||
		(!isnull && !datumIsEqual(d, s->value, s->typbyval, s->typlen)))
		winpart_row_error(s->func, row->pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "%s must be the same for every row of the partition", s->name);
}

/*
 * The current row's value of argument argno, which must be the same on every
 * row: read once when the planner knows it stable (a constant, a
 * parameter), otherwise compared with every row's (22023 naming the first
 * that differs).
 */
static Datum
partition_arg(FunctionCallInfo fcinfo, WindowObject winobj, const char *func,
			  int argno, const char *name, bool *isnull)
{
	Datum		d = WinGetFuncArgCurrent(winobj, argno, isnull);
	WinpartArgs args = {0};
	SameScan	s;

	if (get_fn_expr_arg_stable(fcinfo->flinfo, argno))
		return d;
	winpart_args_add(&args, fcinfo->flinfo, argno);
	s.func = func;
	s.name = name;
	s.argno = argno;
	s.typlen = args.typlen[0];
	s.typbyval = args.typbyval[0];
	s.isnull = *isnull;
	s.value = *isnull ? (Datum) 0 : datumCopy(d, s.typbyval, s.typlen);
	(void) winpart_scan(winobj, func, &args, same_row, &s);
	return s.value;
}

/*
 * A text[] (or one text) of option names into indices of names[]; NULL:
 * {names[0]}
 */
static int
read_options(FunctionCallInfo fcinfo, WindowObject winobj, const char *func,
			 int argno, const char *what, const char *const *names, int nnames,
			 int *out)
{
	bool		isnull;
	Datum		d = partition_arg(fcinfo, winobj, func, argno, what, &isnull);
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (isnull)
	{
		out[0] = 0;
		return 1;
	}
	if (get_fn_expr_argtype(fcinfo->flinfo, argno) == TEXTOID)
	{
		elems = &d;
		nulls = &isnull;
		n = 1;
	}
	else
		deconstruct_array(DatumGetArrayTypeP(d), TEXTOID, -1, false, TYPALIGN_INT,
						  &elems, &nulls, &n);
	if (n < 1 || n > RS_MAX_OPTIONS)
		param_error(func, "%s must list 1 to 8 names", what);
	for (int i = 0; i < n; i++)
	{
		char	   *name;
		bool		found = false;

		if (nulls[i])
			param_error(func, "%s must not contain NULL", what);
		name = TextDatumGetCString(elems[i]);
		for (int j = 0; j < nnames && !found; j++)
			if (strcmp(name, names[j]) == 0)
			{
				out[i] = j;
				found = true;
			}
		if (!found)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: unknown %s \"%s\"", func, what, name)));
	}
	return n;
}

/* one normalisation of every indicator, and each one's mean */
static void
normalise(RankModel *model, RsNorm norm)
{
	const EgovIndicatorMatrix *m = &model->m;
	int			k = m->k;
	float8	   *out = palloc0(Max(m->rows * k, 1) * sizeof(float8));
	float8	   *mean = palloc0(Max(k, 1) * sizeof(float8));
	EgovColumnItem *items = palloc(Max(m->rows, 1) * sizeof(EgovColumnItem));

	for (int j = 0; j < k; j++)
	{
		int64		n = egov_indmatrix_column(m, j, items);
		float8		sum = 0.0;

		if (n == 0)
			continue;
		for (int64 t = 0; t < n; t++)
			sum += items[t].x;
		if (norm == RS_NORM_RANK)
		{
			for (int64 r = 0; r < n;)
			{
				int64		e = r;
				float8		mid;

				while (e + 1 < n && items[e + 1].x == items[r].x)
					e++;
				mid = (r + e) / 2.0;	/* 0-based mid-rank of the ties */
				for (int64 t = r; t <= e; t++)
					out[items[t].row * k + j] = n > 1 ? 1.0 + 99.0 * mid / (n - 1) : 50.5;
				r = e + 1;
			}
		}
		else if (norm == RS_NORM_MINMAX)
		{
			float8		lo = items[0].x;
			float8		range = items[n - 1].x - lo;

			for (int64 t = 0; t < n; t++)
				out[items[t].row * k + j] = range > 0.0 ?
					1.0 + 99.0 * ((items[t].x - lo) / range) : 50.5;
		}
		else if (norm == RS_NORM_NONE)
		{
			for (int64 t = 0; t < n; t++)
				out[items[t].row * k + j] = items[t].x;
		}
		else
		{
			float8		mu = sum / n;
			float8		ss = 0.0;
			float8		sd;

			for (int64 t = 0; t < n; t++)
				ss += (items[t].x - mu) * (items[t].x - mu);
			sd = n > 1 ? sqrt(ss / (n - 1)) : 0.0;
			for (int64 t = 0; t < n; t++)
				out[items[t].row * k + j] = sd > 0.0 ? (items[t].x - mu) / sd : 0.0;
		}
		sum = 0.0;
		for (int64 t = 0; t < n; t++)
			sum += out[items[t].row * k + j];
		mean[j] = sum / n;
	}
	pfree(items);
	model->normalised[norm] = out;
	model->colmean[norm] = mean;
}

/*
 * Indicators as given ('none') under a geometric or harmonic mean must be
 * positive (22023 naming the row and indicator).
 */
static void
check_positive(const RankModel *model)
{
	const EgovIndicatorMatrix *m = &model->m;
	bool		needs = false;

	for (int i = 0; i < model->nmethod; i++)
		needs |= model->method[i] == RS_GEOMETRIC || model->method[i] == RS_HARMONIC;
	if (!needs)
		return;
	for (int64 i = 0; i < m->rows; i++)
		for (int j = 0; j < m->k; j++)
			if (egov_indmatrix_has(m, i, j) && !(m->x[i * m->k + j] > 0.0))
				winpart_row_error(model->func, i, ERRCODE_INVALID_PARAMETER_VALUE,
								  "normalisation \"none\" with a geometric or harmonic mean needs positive indicators, indicator %d is %s",
								  j + 1, egov_float8_text(m->x[i * m->k + j]));
}

void
rank_model_init(FunctionCallInfo fcinfo, WindowObject winobj, const char *func,
				int spread_arg, int norms_arg, int methods_arg, int impute_arg,
				RankModel *model)
{
	WinpartParam params[] = {{spread_arg, "weight_spread", true}};
	Datum		spread = Float8GetDatum(0.0);
	bool		isnull;
	Datum		d;
	int			idx[RS_MAX_OPTIONS];
	int			k;
	float8		wsum = 0.0;

	memset(model, 0, sizeof(*model));
	model->func = func;
	if (spread_arg >= 0)
		winpart_const_args(fcinfo, winobj, func, 1, params, &spread);
	model->spread = DatumGetFloat8(spread);
	if (!(model->spread >= 0.0 && model->spread < 1.0))
		param_error(func, "weight_spread must be at least 0 and less than 1, got %s",
					egov_float8_text(model->spread));
	model->nnorm = read_options(fcinfo, winobj, func, norms_arg, "normalisation",
								norm_names, lengthof(norm_names), idx);
	for (int i = 0; i < model->nnorm; i++)
		model->norm[i] = (RsNorm) idx[i];
	model->nmethod = read_options(fcinfo, winobj, func, methods_arg, "method",
								  method_names, lengthof(method_names), idx);
	for (int i = 0; i < model->nmethod; i++)
		model->method[i] = (RsMethod) idx[i];
	for (int i = 0; i < model->nnorm; i++)
		for (int j = 0; j < model->nmethod; j++)
			if (model->norm[i] == RS_NORM_ZSCORE &&
				(model->method[j] == RS_GEOMETRIC || model->method[j] == RS_HARMONIC))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s: normalisation \"zscore\" cannot go with method \"%s\"",
								func, method_names[model->method[j]]),
						 errhint("z-scores are negative; \"minmax\" and \"rank\" give 1 to 100.")));
	if (impute_arg >= 0)
	{
		d = partition_arg(fcinfo, winobj, func, impute_arg, "vary_imputation", &isnull);
		if (isnull)
			param_error(func, "vary_imputation must not be NULL%s", "");
		model->vary_impute = DatumGetBool(d);
	}

	egov_indmatrix_read(winobj, fcinfo->flinfo, func, 0, &model->m);
	k = model->m.k;
	model->d = k + 3;
	model->w = palloc(Max(k, 1) * sizeof(float8));
	d = partition_arg(fcinfo, winobj, func, ARG_WEIGHTS, "weights", &isnull);
	if (isnull)
		for (int j = 0; j < k; j++)
			model->w[j] = 1.0;
	else
	{
		Datum	   *elems;
		bool	   *nulls;
		int			n;

		deconstruct_array(DatumGetArrayTypeP(d), FLOAT8OID, sizeof(float8),
						  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
		if (n != k)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the weights array has %d elements, the indicators array %d",
							func, n, k)));
		for (int j = 0; j < k; j++)
		{
			float8		w = nulls[j] ? -1.0 : DatumGetFloat8(elems[j]);

			if (!(w >= 0.0) || isinf(w))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s: weight %d must be a finite number not below 0", func, j + 1)));
			model->w[j] = w;
		}
	}
	for (int j = 0; j < k; j++)
		wsum += model->w[j];
	if (k > 0 && !(wsum > 0.0))
		param_error(func, "weights must not all be zero%s", "");
	for (int j = 0; j < k; j++)
		model->w[j] /= wsum;

	for (int i = 0; i < model->nnorm; i++)
		if (model->normalised[model->norm[i]] == NULL)
			normalise(model, model->norm[i]);
	if (model->normalised[RS_NORM_NONE])
		check_positive(model);
	for (int64 i = 0; i < model->m.rows; i++)
		for (int j = 0; j < k; j++)
			if (egov_indmatrix_has(&model->m, i, j))
			{
				model->nusable++;
				break;
			}
	model->score = palloc(Max(model->m.rows, 1) * sizeof(float8));
	model->unit = palloc(Max(model->m.rows, 1) * sizeof(float8));
	model->order = palloc(Max(model->m.rows, 1) * sizeof(int32));
	model->wbuf = palloc(Max(k, 1) * sizeof(float8));
	model->vbuf = palloc(Max(k, 1) * sizeof(float8));
	model->pbuf = palloc(Max(k, 1) * sizeof(bool));
}

void
rank_model_nominal(const RankModel *model, float8 *u)
{
	for (int j = 0; j < model->d; j++)
		u[j] = 0.0;
	for (int j = 0; j < model->m.k; j++)
		u[j] = 0.5;
}

static int
score_desc(const void *a, const void *b, void *arg)
{
	const float8 *s = arg;
	float8		x = s[*(const int32 *) a];
	float8		y = s[*(const int32 *) b];

	return (x < y) - (x > y);
}

/* one row's composite under the configuration; NaN when it has none */
static float8
row_score(RankModel *model, int64 i, RsNorm norm, RsMethod method, bool impute)
{
	const EgovIndicatorMatrix *m = &model->m;
	int			k = m->k;
	const float8 *v = model->normalised[norm] + i * k;
	float8		sum = 0.0;
	float8		wsum = 0.0;
	float8		magnitude;
	int			n = 0;
	int			real = 0;
	bool	   *present = model->pbuf;
	float8		result;

	for (int j = 0; j < k; j++)
	{
		present[j] = egov_indmatrix_has(m, i, j) || impute;
		model->vbuf[j] = egov_indmatrix_has(m, i, j) ? v[j] : model->colmean[norm][j];
		if (present[j])
			n++;
		real += egov_indmatrix_has(m, i, j);
	}
	/* imputation fills gaps; a row with no indicator at all is not ranked */
	if (real == 0 || m->row_null[i])
		return get_float8_nan();
	if (method == RS_MEDIAN)
		result = egov_weighted_median(k, model->vbuf, present, model->wbuf, &magnitude);
	else
	{
		for (int j = 0; j < k; j++)
		{
			float8		x = model->vbuf[j];
			float8		w = model->wbuf[j];

			if (!present[j])
				continue;
			wsum += w;
			sum += method == RS_MEAN ? w * x : method == RS_GEOMETRIC ? w * log(x) : w / x;
		}
		if (!(wsum > 0.0))
			result = get_float8_nan();
		else
			result = method == RS_MEAN ? sum / wsum :
				method == RS_GEOMETRIC ? exp(sum / wsum) : wsum / sum;
	}
	return result;
}

void
rank_model_eval(RankModel *model, const float8 *u, int32 *rank, int8 *group,
				uint8 *rating)
{
	static const EgovBands standard = EGOV_STANDARD_BANDS;
	const EgovIndicatorMatrix *m = &model->m;
	int			k = m->k;
	RsNorm		norm = model->norm[Min((int) (u[k] * model->nnorm), model->nnorm - 1)];
	RsMethod	method = model->method[Min((int) (u[k + 1] * model->nmethod), model->nmethod - 1)];
	bool		impute = model->vary_impute && u[k + 2] >= 0.5;
	int			n = 0;
	float8		lo = 0.0;
	float8		hi = 0.0;

	for (int j = 0; j < k; j++)
		model->wbuf[j] = model->w[j] * (1.0 + model->spread * (2.0 * u[j] - 1.0));
	for (int64 i = 0; i < m->rows; i++)
	{
		float8		s = row_score(model, i, norm, method, impute);

		model->score[i] = s;
		rank[i] = 0;
		if (isnan(s))
			continue;
		if (n == 0 || s < lo)
			lo = s;
		if (n == 0 || s > hi)
			hi = s;
		model->order[n++] = (int32) i;
	}
	qsort_arg(model->order, n, sizeof(int32), score_desc, model->score);
	for (int r = 0; r < n; r++)
	{
		int			i = model->order[r];

		rank[i] = (r > 0 && model->score[i] == model->score[model->order[r - 1]]) ?
			rank[model->order[r - 1]] : r + 1;
		model->unit[i] = hi > lo ? (model->score[i] - lo) / (hi - lo) : 0.0;
		if (group)
			group[i] = (int8) egov_level_in(model->unit[i], &standard);
	}
	if (rating)
		egov_rate_quarters_by_count(model->unit, model->order, n, &standard, rating);
}

/* ---------- the two window functions ---------- */

typedef struct RankSimState
{
	bool		computed;
	int32	   *nominal;		/* [rows], 0: no composite */
	int32	   *p05;
	int32	   *p50;
	int32	   *p95;
	float8	   *top_k;
	float8	   *group_change;
	float8	   *class_change;
	int32		draws;
	int32	   *all;			/* draws form: [rows * draws] */
} RankSimState;

static void
simulate(FunctionCallInfo fcinfo, WindowObject winobj, const char *func,
		 bool draws_form, RankSimState *st)
{
	MemoryContext cxt = winpart_context(st);
	WinpartParam params[] = {
		{ARG_DRAWS, "draws", false},
		{draws_form ? ARG_TOP_K : ARG_TOP_K + 1, "seed", false},
		{ARG_TOP_K, "top_k", false},
	};
	Datum		pv[3];
	RankModel	model;
	int32		draws;
	int32		top_k = 0;
	int64		rows;
	int32	   *rank;
	int8	   *group;
	int8	   *nominal_group;
	uint8	   *rating = NULL;
	uint8	   *nominal_rating = NULL;
	int32	   *hist = NULL;
	int64	   *in_top = NULL;
	int64	   *changed = NULL;
	int64	   *class_changed = NULL;
	float8	   *u;
	pg_prng_state prng;

	winpart_const_args(fcinfo, winobj, func, draws_form ? 2 : 3, params, pv);
	draws = DatumGetInt32(pv[0]);
	if (draws < 1 || draws > RS_MAX_DRAWS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: draws must be between 1 and %d, got %d", func, RS_MAX_DRAWS, draws)));
	if (!draws_form)
	{
		top_k = DatumGetInt32(pv[2]);
		if (top_k < 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: top_k must be at least 1, got %d", func, top_k)));
	}
	rank_model_init(fcinfo, winobj, func, ARG_SPREAD, ARG_NORMS, ARG_METHODS,
					ARG_IMPUTE, &model);
	rows = model.m.rows;
	if ((!draws_form && rows > RS_MAX_ROWS) ||
		(draws_form && (int64) rows * draws > RS_MAX_DRAW_CELLS))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: " INT64_FORMAT " rows and %d draws are too many", func, rows, draws),
				 errhint("At most %d rows; the draws form at most %d rows times draws.",
						 RS_MAX_ROWS, RS_MAX_DRAW_CELLS)));
	rank = palloc(Max(rows, 1) * sizeof(int32));
	group = palloc(Max(rows, 1) * sizeof(int8));
	nominal_group = palloc(Max(rows, 1) * sizeof(int8));
	if (!draws_form)
	{
		rating = palloc(Max(rows, 1) * sizeof(uint8));
		nominal_rating = palloc(Max(rows, 1) * sizeof(uint8));
	}
	u = palloc(model.d * sizeof(float8));

	st->draws = draws;
	st->nominal = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(int32));
	rank_model_nominal(&model, u);
	rank_model_eval(&model, u, st->nominal, nominal_group, nominal_rating);
	if (draws_form)
		st->all = MemoryContextAllocHuge(cxt, Max(rows * draws, 1) * sizeof(int32));
	else
	{
		hist = MemoryContextAllocHuge(CurrentMemoryContext, Max(rows * rows, 1) * sizeof(int32));
		memset(hist, 0, Max(rows * rows, 1) * sizeof(int32));
		in_top = palloc0(Max(rows, 1) * sizeof(int64));
		changed = palloc0(Max(rows, 1) * sizeof(int64));
		class_changed = palloc0(Max(rows, 1) * sizeof(int64));
	}
	pg_prng_seed(&prng, (uint64) (int64) DatumGetInt32(pv[1]));
	for (int32 t = 0; t < draws; t++)
	{
		CHECK_FOR_INTERRUPTS();
		for (int j = 0; j < model.d; j++)
			u[j] = pg_prng_double(&prng);
		rank_model_eval(&model, u, rank, group, rating);
		for (int64 i = 0; i < rows; i++)
		{
			if (draws_form)
			{
				st->all[i * draws + t] = rank[i];
				continue;
			}
			if (rank[i] == 0)
				continue;
			hist[i * rows + rank[i] - 1]++;
			in_top[i] += rank[i] <= top_k;
			changed[i] += group[i] != nominal_group[i];
			class_changed[i] += rating[i] != nominal_rating[i];
		}
	}
	if (draws_form)
		return;
	st->p05 = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(int32));
	st->p50 = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(int32));
	st->p95 = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(int32));
	st->top_k = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(float8));
	st->group_change = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(float8));
	st->class_change = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(float8));
	for (int64 i = 0; i < rows; i++)
	{
		/* each row reads its histogram of rows counts */
		CHECK_FOR_INTERRUPTS();
		if (st->nominal[i] == 0)
			continue;
		st->p05[i] = egov_histogram_kth(hist + i * rows, rows, egov_nearest_rank(5, draws));
		st->p50[i] = egov_histogram_kth(hist + i * rows, rows, egov_nearest_rank(50, draws));
		st->p95[i] = egov_histogram_kth(hist + i * rows, rows, egov_nearest_rank(95, draws));
		st->top_k[i] = (float8) in_top[i] / draws;
		st->group_change[i] = (float8) changed[i] / draws;
		st->class_change[i] = (float8) class_changed[i] / draws;
	}
}

Datum
egov_composite_rank_uncertainty(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	RankSimState *st = WinGetPartitionLocalMemory(winobj, sizeof(RankSimState));
	int64		i = WinGetCurrentPosition(winobj);
	TupleDesc	tupdesc;
	Datum		values[7];
	bool		nulls[7] = {0};

	if (!st->computed)
	{
		simulate(fcinfo, winobj, "egov.composite_rank_uncertainty", false, st);
		st->computed = true;
	}
	if (st->nominal[i] == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "egov.composite_rank_uncertainty: return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Int32GetDatum(st->nominal[i]);
	values[1] = Int32GetDatum(st->p50[i]);
	values[2] = Int32GetDatum(st->p05[i]);
	values[3] = Int32GetDatum(st->p95[i]);
	values[4] = Float8GetDatum(st->top_k[i]);
	values[5] = Float8GetDatum(st->group_change[i]);
	values[6] = Float8GetDatum(st->class_change[i]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

Datum
egov_composite_rank_draws(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	RankSimState *st = WinGetPartitionLocalMemory(winobj, sizeof(RankSimState));
	int64		i = WinGetCurrentPosition(winobj);
	Datum	   *out;

	if (!st->computed)
	{
		simulate(fcinfo, winobj, "egov.composite_rank_draws", true, st);
		st->computed = true;
	}
	if (st->nominal[i] == 0)
		PG_RETURN_NULL();
	out = palloc(st->draws * sizeof(Datum));
	for (int32 t = 0; t < st->draws; t++)
		out[t] = Int32GetDatum(st->all[i * st->draws + t]);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, st->draws, INT4OID, sizeof(int32), true, TYPALIGN_INT));
}
