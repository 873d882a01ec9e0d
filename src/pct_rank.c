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
#include "miscadmin.h"
#include "windowapi.h"

#include "egov.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_pct_rank);

typedef struct PctRankState
{
	bool		computed;
	/* read as the partition's x, then replaced by percentile ranks */
	WinpartColumn pv;
} PctRankState;

/*
 * Replace each value by its percentile rank, in partition-local memory:
 * 8 bytes a row, and 4 more for the sort while it lasts.
 */
static void
compute_pct_ranks(WindowObject winobj, PctRankState *state)
{
	WinpartColumn *pv = &state->pv;
	int32	   *order;
	int64		m;
	float8		previous = 0.0;
	float8		rank = 0.0;

	winpart_read_column(winobj, "egov.pct_rank", 0, "input",
						winpart_check_finite,
						winpart_context(state), pv);
	m = pv->valid;
	order = winpart_sorted_positions(pv, false);
	for (int64 i = 0; i < m; i++)
	{
		float8		x = pv->values[order[i]];

		CHECK_FOR_INTERRUPTS();
		/* ties share the rank of the first of their run */
		if (i == 0 || x != previous)
			rank = (m == 1) ? 0.0 : (float8) i / (float8) (m - 1);
		previous = x;
		pv->values[order[i]] = rank;
	}
	pfree(order);
}

Datum
egov_pct_rank(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	PctRankState *state;
	float8		rank;

	state = (PctRankState *) WinGetPartitionLocalMemory(winobj, sizeof(PctRankState));
	if (!state->computed)
	{
		compute_pct_ranks(winobj, state);
		state->computed = true;
	}

	rank = state->pv.values[WinGetCurrentPosition(winobj)];
	if (winpart_isnull(rank))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(rank);
}
