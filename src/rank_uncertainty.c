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

#include <math.h>

#include "common/pg_prng.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "egov.h"
#include "partition_values.h"

PG_FUNCTION_INFO_V1(egov_rank_uncertainty);

#define RU_NAME			"egov.rank_uncertainty"
#define RU_MAX_DRAWS		1000000
#define RU_MAX_SPREAD		(1.0 / 3.0)
/* the histogram is n x n int32: keep it well under 1 GB */
#define RU_MAX_COUNTRIES	10000

enum
{
	ARG_OSI = 0,
	ARG_HCI,
	ARG_TII,
	ARG_DRAWS,
	ARG_SPREAD,
	ARG_SEED
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
} RankUncertaintyParams;

static Datum
get_arg(WindowObject winobj, int argno, int64 row, bool *isnull)
{
	bool		isout;
	Datum		d;

	d = WinGetFuncArgInPartition(winobj, argno, (int) row, WINDOW_SEEK_HEAD,
								 false, isnull, &isout);
	if (isout)
		elog(ERROR, "egov.rank_uncertainty: row " INT64_FORMAT
			 " is outside its partition", row + 1);
	return d;
}

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
}

/* as egov_check_unit_interval (22003, NaN fails too), naming the row */
static void
check_component(int k, float8 value, int64 row)
{
	static const char *const names[] = {"OSI", "HCI", "TII"};

	if (!(value >= 0.0 && value <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("egov.rank_uncertainty: %s must be between 0 and 1, got %s in row "
						INT64_FORMAT " of the partition",
						names[k], egov_float8_text(value), row + 1)));
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

static void
compute_rank_uncertainty(WindowObject winobj, RankUncertaintyState *state)
{
	MemoryContext partcxt = GetMemoryChunkContext(state);
	int64		nrows = WinGetPartitionRowCount(winobj);
	RankUncertaintyParams params;
	float8	   *osi,
			   *hci,
			   *tii,
			   *score;
	int		   *order;
	int32	   *rank,
			   *hist;
	uint8	   *level0;
	int32	   *same_level;
	int			n = 0;
	int64		row;
	int			c;
	int32		d;
	pg_prng_state prng;

	if (nrows > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("egov.rank_uncertainty: partition of " INT64_FORMAT
						" rows is too large", nrows)));
	state->nrows = nrows;
	state->country = MemoryContextAlloc(partcxt, Max(nrows, 1) * sizeof(int));
	if (nrows == 0)
		return;

	params.draws = DatumGetInt32(egov_partition_constant_arg(winobj, ARG_DRAWS, RU_NAME,
															 "draws", false));
	params.spread = DatumGetFloat8(egov_partition_constant_arg(winobj, ARG_SPREAD, RU_NAME,
															   "weight_spread", true));
	params.seed = DatumGetInt32(egov_partition_constant_arg(winobj, ARG_SEED, RU_NAME,
															"seed", false));
	check_params(&params);

	osi = palloc(nrows * sizeof(float8));
	hci = palloc(nrows * sizeof(float8));
	tii = palloc(nrows * sizeof(float8));

	for (row = 0; row < nrows; row++)
	{
		bool		isnull[3];
		float8		v[3];
		int			k;

		CHECK_FOR_INTERRUPTS();
		for (k = 0; k < 3; k++)
			v[k] = DatumGetFloat8(get_arg(winobj, ARG_OSI + k, row, &isnull[k]));
		if (isnull[0] || isnull[1] || isnull[2])
		{
			state->country[row] = -1;
			continue;
		}
		for (k = 0; k < 3; k++)
			check_component(k, v[k], row);
		if (n >= RU_MAX_COUNTRIES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("egov.rank_uncertainty: at most %d countries per partition",
							RU_MAX_COUNTRIES)));
		osi[n] = v[0];
		hci[n] = v[1];
		tii[n] = v[2];
		state->country[row] = n++;
	}

	state->median_rank = MemoryContextAlloc(partcxt, Max(n, 1) * sizeof(int32));
	state->rank_p05 = MemoryContextAlloc(partcxt, Max(n, 1) * sizeof(int32));
	state->rank_p95 = MemoryContextAlloc(partcxt, Max(n, 1) * sizeof(int32));
	state->share_same_level = MemoryContextAlloc(partcxt, Max(n, 1) * sizeof(float8));
	if (n == 0)
		return;

	/* scratch for the draws: allocated once, reused by every draw */
	score = palloc(n * sizeof(float8));
	order = palloc(n * sizeof(int));
	rank = palloc(n * sizeof(int32));
	level0 = palloc(n * sizeof(uint8));
	same_level = palloc0(n * sizeof(int32));
	hist = MemoryContextAllocHuge(CurrentMemoryContext, (Size) n * n * sizeof(int32));
	memset(hist, 0, (Size) n * n * sizeof(int32));

	for (c = 0; c < n; c++)
	{
		level0[c] = (uint8) egov_level_of((osi[c] + hci[c] + tii[c]) / 3.0);
		order[c] = c;
	}

	pg_prng_seed(&prng, (uint64) (int64) params.seed);
	for (d = 0; d < params.draws; d++)
	{
		float8		half_width = 3.0 * params.spread;
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

		for (c = 0; c < n; c++)
		{
			score[c] = (u_o * osi[c] + u_h * hci[c] + u_t * tii[c]) / sum;
			if ((uint8) egov_level_of(score[c]) == level0[c])
				same_level[c]++;
		}
		competition_ranks(n, score, order, rank);
		for (c = 0; c < n; c++)
			hist[(Size) c * n + (rank[c] - 1)]++;
	}

	for (c = 0; c < n; c++)
	{
		const int32 *h = hist + (Size) c * n;

		CHECK_FOR_INTERRUPTS();

		state->median_rank[c] = histogram_kth(h, n, nearest_rank(50, params.draws));
		state->rank_p05[c] = histogram_kth(h, n, nearest_rank(5, params.draws));
		state->rank_p95[c] = histogram_kth(h, n, nearest_rank(95, params.draws));
		state->share_same_level[c] = (float8) same_level[c] / (float8) params.draws;
	}

	pfree(hist);
	pfree(same_level);
	pfree(level0);
	pfree(rank);
	pfree(order);
	pfree(score);
	pfree(tii);
	pfree(hci);
	pfree(osi);
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
		compute_rank_uncertainty(winobj, state);
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
