/*
 * pct_rank.c — egov.pct_rank(x) OVER w: normalisation by percentile rank.
 *
 * The percentile rank of x among the partition's m non-NULL values is
 * (r - 1) / (m - 1), r being x's rank in ascending order with ties sharing
 * the lowest rank: the smallest value scores 0, the largest 1, as COINr's
 * n_prank and as percent_rank() OVER (ORDER BY x) without the NULL rows.
 * A partition with one value gives 0 (as percent_rank does, and as every
 * row of a constant partition gets).  NULL gives NULL; NaN and infinities
 * raise 22023.  The window's ORDER BY and frame play no part.
 */
#include "postgres.h"

#include "fmgr.h"
#include "windowapi.h"

#include "egov.h"
#include "partition_values.h"

PG_FUNCTION_INFO_V1(egov_pct_rank);

typedef struct PctRankState
{
	bool		computed;
	PartitionValues pv;
	float8	   *result;			/* [nrows], meaningful where !pv.isnull */
} PctRankState;

static int
compare_by_value(const void *a, const void *b, void *arg)
{
	const float8 *values = (const float8 *) arg;
	float8		va = values[*(const int64 *) a];
	float8		vb = values[*(const int64 *) b];

	return (va > vb) - (va < vb);
}

static void
compute_pct_ranks(WindowObject winobj, PctRankState *state)
{
	MemoryContext cxt = egov_partition_context(state);
	PartitionValues *pv = &state->pv;
	int64	   *order;
	int64		m = 0;
	int64		i;

	egov_read_partition_float8(winobj, 0, "egov.pct_rank", cxt, pv);
	state->result = MemoryContextAllocHuge(cxt, Max(pv->nrows, 1) * sizeof(float8));
	order = palloc(Max(pv->nvalid, 1) * sizeof(int64));

	for (i = 0; i < pv->nrows; i++)
		if (!pv->isnull[i])
			order[m++] = i;
	qsort_arg(order, m, sizeof(int64), compare_by_value, pv->values);

	for (i = 0; i < m; i++)
	{
		int64		rank0 = i;	/* rank - 1 of the first of a run of ties */

		if (i > 0 && pv->values[order[i]] == pv->values[order[i - 1]])
			state->result[order[i]] = state->result[order[i - 1]];
		else
			state->result[order[i]] = (m == 1) ? 0.0 : (float8) rank0 / (float8) (m - 1);
	}
	pfree(order);
}

Datum
egov_pct_rank(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	PctRankState *state;
	int64		row;

	state = (PctRankState *) WinGetPartitionLocalMemory(winobj, sizeof(PctRankState));
	if (!state->computed)
	{
		compute_pct_ranks(winobj, state);
		state->computed = true;
	}

	row = WinGetCurrentPosition(winobj);
	if (state->pv.isnull[row])
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(state->result[row]);
}
