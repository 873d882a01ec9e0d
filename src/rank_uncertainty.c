/*
 * rank_uncertainty.c — how stable is an EGDI rank when the weights move?
 *
 * egov.rank_uncertainty(osi, hci, tii, draws, weight_spread, seed)
 * OVER (PARTITION BY survey_year) runs a Monte Carlo over the component
 * weights, all in C over the partition:
 *
 *   each draw takes w_k = 1/3 + weight_spread * (2 U_k - 1), U_k uniform on
 *   [0, 1) from pg_prng seeded with seed (drawn for OSI, HCI, TII in that
 *   order), renormalises them to sum 1, recomputes every country's EGDI and
 *   ranks the countries (competition ranks: ties share, the next is skipped).
 *
 * With decimals (the edition's published precision, egov.edition.egdi_decimals)
 * each draw's EGDIs are rounded as round(egdi::numeric, decimals) before they
 * are ranked and grouped, as the views rank them: ties at the published
 * precision share a rank, so a zero spread gives the published ranks.
 *
 * Each country gets the nearest-rank 50th, 5th and 95th percentiles of its
 * ranks over the draws (the ceil(p * draws)-th smallest), and the share of
 * draws in which its EGDI group equals its group at equal weights.
 *
 * The weights are carried as multipliers u_k = 3 w_k = 1 + 3 s (2 U_k - 1)
 * and EGDI as (u_o o + u_h h + u_t t) / (u_o + u_h + u_t): the same weights
 * after renormalising, but with s = 0 it is exactly egov.egdi's
 * (o + h + t) / 3, so a zero spread reproduces equal-weight ranks and groups
 * bit for bit.
 *
 * Ranks are integers 1..n, so each country's distribution is kept as a
 * histogram (n x n counts) rather than n x draws ranks; the score, order and
 * rank buffers are allocated once and reused by every draw.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "common/pg_prng.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "egov.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_rank_uncertainty);

#define RU_NAME			"egov.rank_uncertainty"
#define RU_MAX_DRAWS		1000000
#define RU_MAX_SPREAD		(1.0 / 3.0)
/* the histogram is n x n int32: keep it well under 1 GB */
#define RU_MAX_COUNTRIES	10000
/* a rounded EGDI in [0, 1] times 10^decimals stays exact in a float8 */
#define RU_MAX_DECIMALS		15

enum
{
	ARG_OSI = 0,
	ARG_HCI,
	ARG_TII,
	ARG_DRAWS,
	ARG_SPREAD,
	ARG_SEED,
	ARG_DECIMALS
};

typedef struct RankUncertaintyState
{
	bool		computed;
	int64		nrows;
	int		   *country;		/* [nrows]: index into the results, -1 = NULL row */
	int32	   *median_rank;	/* [ncountries] */
	int32	   *rank_p05;
	int32	   *rank_p95;
	float8	   *share_same_level;
} RankUncertaintyState;

/* draws, weight_spread and seed: the same on every row of a partition */
typedef struct RankUncertaintyParams
{
	int32		draws;
	float8		spread;
	int32		seed;
	bool		rounded;		/* decimals given (not NULL) */
	int32		decimals;
} RankUncertaintyParams;

static void
check_params(const RankUncertaintyParams *p)
{
	if (p->draws < 1 || p->draws > RU_MAX_DRAWS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov.rank_uncertainty: draws must be between 1 and %d, got %d",
						RU_MAX_DRAWS, p->draws)));
	/* written so that NaN fails */
	if (!(p->spread >= 0.0 && p->spread <= RU_MAX_SPREAD))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov.rank_uncertainty: weight_spread must be between 0 and 1/3, got %s",
						egov_float8_text(p->spread)),
				 errdetail("Each weight is drawn from [1/3 - weight_spread, 1/3 + weight_spread], "
						   "which must not go below 0.")));
	if (p->rounded && (p->decimals < 0 || p->decimals > RU_MAX_DECIMALS))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov.rank_uncertainty: decimals must be between 0 and %d, got %d",
						RU_MAX_DECIMALS, p->decimals)));
}

/*
 * v in [0, 1] rounded as round(v::numeric, decimals): the cast keeps DBL_DIG
 * significant digits, the rounding goes half away from zero.  Done on those
 * decimal digits, since the float8 nearest a written half (0.91345) may lie
 * just below it; returned as the float8 of the rounded value, exactly what
 * casting the numeric back gives.
 */
static float8
round_like_numeric(float8 v, int decimals)
{
	char		buf[32];
	int			exponent;
	int64		key = 0;
	int64		scale = 1;
	int			i;

	if (!(v > 0.0))
		return 0.0;
	snprintf(buf, sizeof(buf), "%.*e", DBL_DIG - 1, v);
	exponent = atoi(strchr(buf, 'e') + 1);
	/* digit i (buf[0], then buf[2..]) counts 10^place units of 10^-decimals */
	for (i = 0; i < DBL_DIG; i++)
	{
		int			digit = buf[i == 0 ? 0 : i + 1] - '0';
		int			place = exponent - i + decimals;

		if (place < 0)
		{
			key += (place == -1 && digit >= 5);
			break;
		}
		key = key * 10 + digit;
	}
	/* places below the digits the cast kept are zeros */
	if (i == DBL_DIG)
		for (int place = exponent - DBL_DIG + 1 + decimals; place > 0; place--)
			key *= 10;
	for (i = 0; i < decimals; i++)
		scale *= 10;
	return (float8) key / (float8) scale;
}

static int
compare_scores_desc(const void *a, const void *b, void *arg)
{
	const float8 *score = (const float8 *) arg;
	float8		sa = score[*(const int *) a];
	float8		sb = score[*(const int *) b];

	return (sa < sb) - (sa > sb);
}

/*
 * Competition ranks of score[0..n-1], highest first: order is a scratch
 * permutation (sorted here), rank receives each country's rank.
 */
static void
competition_ranks(int n, const float8 *score, int *order, int32 *rank)
{
	int			i;

	qsort_arg(order, n, sizeof(int), compare_scores_desc, (void *) score);
	for (i = 0; i < n; i++)
	{
		if (i > 0 && score[order[i]] == score[order[i - 1]])
			rank[order[i]] = rank[order[i - 1]];
		else
			rank[order[i]] = i + 1;
	}
}

/* the k-th smallest rank (1-based k) from a histogram of ranks 1..n */
static int32
histogram_kth(const int32 *hist, int n, int64 k)
{
	int64		seen = 0;
	int			r;

	for (r = 0; r < n; r++)
	{
		seen += hist[r];
		if (seen >= k)
			return r + 1;
	}
	elog(ERROR, "egov.rank_uncertainty: histogram holds fewer than " INT64_FORMAT " draws", k);
	return 0;					/* keep compiler quiet */
}

/* ceil(num / 100 * draws) in integers: the nearest-rank position */
static int64
nearest_rank(int num, int32 draws)
{
	int64		k = ((int64) num * draws + 99) / 100;

	return Max(k, 1);
}

/* the partition's complete rows, read once: the countries */
typedef struct Countries
{
	int			n;
	float8	   *osi;			/* [n] */
	float8	   *hci;
	float8	   *tii;
} Countries;

/*
 * Read: each row's three components (checked to lie in [0, 1]) into
 * countries, in partition order; state->country maps each partition
 * position to its country, -1 for a row with a NULL component.
 */
static void
read_countries(WindowObject winobj, RankUncertaintyState *state,
			   Countries *countries)
{
	static const int argnos[] = {ARG_OSI, ARG_HCI, ARG_TII};
	static const char *const names[] = {"OSI", "HCI", "TII"};
	WinpartColumns cols;
	int			n = 0;

	winpart_read_columns(winobj, RU_NAME, lengthof(argnos), argnos, names,
						 winpart_check_unit_interval, CurrentMemoryContext,
						 &cols);
	if (cols.valid > RU_MAX_COUNTRIES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("egov.rank_uncertainty: at most %d countries per partition",
						RU_MAX_COUNTRIES)));
	state->nrows = cols.rows;
	state->country = MemoryContextAlloc(winpart_context(state),
										Max(cols.rows, 1) * sizeof(int));
	/* compact in place: country n is at or before its position */
	for (int64 row = 0; row < cols.rows; row++)
	{
		CHECK_FOR_INTERRUPTS();
		if (winpart_isnull(cols.col[0][row]))
		{
			state->country[row] = -1;
			continue;
		}
		for (int k = 0; k < 3; k++)
			cols.col[k][n] = cols.col[k][row];
		state->country[row] = n++;
	}
	countries->n = n;
	countries->osi = cols.col[0];
	countries->hci = cols.col[1];
	countries->tii = cols.col[2];
}

/*
 * Draw: params->draws weightings; hist (n x n) counts each country's ranks,
 * same_level the draws that keep its equal-weight group.
 */
static void
draw_ranks(const Countries *cs, const RankUncertaintyParams *params,
		   int32 *hist, int32 *same_level)
{
	int			n = cs->n;
	float8	   *score = palloc(n * sizeof(float8));
	int		   *order = palloc(n * sizeof(int));
	int32	   *rank = palloc(n * sizeof(int32));
	uint8	   *level0 = palloc(n * sizeof(uint8));
	float8		half_width = 3.0 * params->spread;
	pg_prng_state prng;

	/* scratch for the draws: allocated once, reused by every draw */
	for (int c = 0; c < n; c++)
	{
		float8		egdi = (cs->osi[c] + cs->hci[c] + cs->tii[c]) / 3.0;

		if (params->rounded)
			egdi = round_like_numeric(egdi, params->decimals);
		level0[c] = (uint8) egov_level_of(egdi);
		order[c] = c;
	}

	pg_prng_seed(&prng, (uint64) (int64) params->seed);
	for (int32 d = 0; d < params->draws; d++)
	{
		float8		u_o,
					u_h,
					u_t,
					sum;

		CHECK_FOR_INTERRUPTS();

		/*
		 * u_k lies in [1 - 3s, 1 + 3s]; with s = 1/3 all three could in
		 * principle be 0 together, a draw with no weights: draw again.
		 */
		do
		{
			u_o = 1.0 + half_width * (2.0 * pg_prng_double(&prng) - 1.0);
			u_h = 1.0 + half_width * (2.0 * pg_prng_double(&prng) - 1.0);
			u_t = 1.0 + half_width * (2.0 * pg_prng_double(&prng) - 1.0);
			sum = u_o + u_h + u_t;
		} while (!(sum > 0.0));

		for (int c = 0; c < n; c++)
		{
			score[c] = (u_o * cs->osi[c] + u_h * cs->hci[c] + u_t * cs->tii[c]) / sum;
			if (params->rounded)
				score[c] = round_like_numeric(score[c], params->decimals);
			if ((uint8) egov_level_of(score[c]) == level0[c])
				same_level[c]++;
		}
		competition_ranks(n, score, order, rank);
		for (int c = 0; c < n; c++)
			hist[(Size) c * n + (rank[c] - 1)]++;
	}
	pfree(level0);
	pfree(rank);
	pfree(order);
	pfree(score);
}

/* Summarise: each country's percentiles and share, in partition memory */
static void
summarise_ranks(RankUncertaintyState *state, int n, int32 draws,
				const int32 *hist, const int32 *same_level)
{
	MemoryContext partcxt = winpart_context(state);

	state->median_rank = MemoryContextAlloc(partcxt, Max(n, 1) * sizeof(int32));
	state->rank_p05 = MemoryContextAlloc(partcxt, Max(n, 1) * sizeof(int32));
	state->rank_p95 = MemoryContextAlloc(partcxt, Max(n, 1) * sizeof(int32));
	state->share_same_level = MemoryContextAlloc(partcxt, Max(n, 1) * sizeof(float8));
	for (int c = 0; c < n; c++)
	{
		const int32 *h = hist + (Size) c * n;

		CHECK_FOR_INTERRUPTS();
		state->median_rank[c] = histogram_kth(h, n, nearest_rank(50, draws));
		state->rank_p05[c] = histogram_kth(h, n, nearest_rank(5, draws));
		state->rank_p95[c] = histogram_kth(h, n, nearest_rank(95, draws));
		state->share_same_level[c] = (float8) same_level[c] / (float8) draws;
	}
}

static void
compute_rank_uncertainty(FunctionCallInfo fcinfo, WindowObject winobj,
						 RankUncertaintyState *state)
{
	static const WinpartParam param_args[] = {
		{ARG_DRAWS, "draws", false},
		{ARG_SPREAD, "weight_spread", true},
		{ARG_SEED, "seed", false},
	};
	Datum		param_values[lengthof(param_args)];
	RankUncertaintyParams params;
	Countries	countries;
	int32	   *hist;
	int32	   *same_level;
	int			n;

	winpart_const_args(fcinfo, winobj, RU_NAME, lengthof(param_args),
					   param_args, param_values);
	params.draws = DatumGetInt32(param_values[0]);
	params.spread = DatumGetFloat8(param_values[1]);
	params.seed = DatumGetInt32(param_values[2]);
	params.rounded = false;
	params.decimals = 0;
	if (PG_NARGS() > ARG_DECIMALS)
	{
		/* NULL (the default): unrounded; a number: the same on every row */
		static const WinpartParam decimals_arg[] = {{ARG_DECIMALS, "decimals", false}};
		bool		isnull;
		bool		isout;
		Datum		value;

		(void) WinGetFuncArgInPartition(winobj, ARG_DECIMALS, 0, WINDOW_SEEK_HEAD,
										false, &isnull, &isout);
		if (!isnull && !isout)
		{
			winpart_const_args(fcinfo, winobj, RU_NAME, 1, decimals_arg, &value);
			params.rounded = true;
			params.decimals = DatumGetInt32(value);
		}
	}
	check_params(&params);

	read_countries(winobj, state, &countries);
	n = countries.n;
	if (n == 0)
	{
		summarise_ranks(state, 0, params.draws, NULL, NULL);
		return;
	}
	same_level = palloc0(n * sizeof(int32));
	hist = MemoryContextAllocHuge(CurrentMemoryContext, (Size) n * n * sizeof(int32));
	memset(hist, 0, (Size) n * n * sizeof(int32));

	draw_ranks(&countries, &params, hist, same_level);
	summarise_ranks(state, n, params.draws, hist, same_level);

	pfree(hist);
	pfree(same_level);
	pfree(countries.tii);
	pfree(countries.hci);
	pfree(countries.osi);
}

Datum
egov_rank_uncertainty(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	RankUncertaintyState *state;
	TupleDesc	tupdesc;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	int64		row;
	int			c;

	state = (RankUncertaintyState *)
		WinGetPartitionLocalMemory(winobj, sizeof(RankUncertaintyState));
	if (!state->computed)
	{
		compute_rank_uncertainty(fcinfo, winobj, state);
		state->computed = true;
	}

	row = WinGetCurrentPosition(winobj);
	c = state->country[row];
	if (c < 0)
		PG_RETURN_NULL();

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "egov.rank_uncertainty: return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);

	values[0] = Int32GetDatum(state->median_rank[c]);
	values[1] = Int32GetDatum(state->rank_p05[c]);
	values[2] = Int32GetDatum(state->rank_p95[c]);
	values[3] = Float8GetDatum(state->share_same_level[c]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
