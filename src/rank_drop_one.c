/*
 * rank_drop_one.c — what moves a rank: egov.rank_drop_one(indicators,
 * weights, normalisation, method) OVER w -> int[], COINr's
 * remove_elements: for each indicator j, the row's rank with j left out
 * (its weight 0, the others renormalised) minus its rank with every
 * indicator, positive when the row falls.  Ranks are competition ranks,
 * highest composite first, of the composite of rank_sim.h under one
 * normalisation and one method (no imputation: a row's absent indicators
 * are left out).  Element j is NULL when the row has no composite without
 * indicator j.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "rank_sim.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_rank_drop_one);

#define ARG_NORM	2
#define ARG_METHOD	3

typedef struct DropOneState
{
	bool		computed;
	int			k;
	int32	   *nominal;		/* [rows] */
	int32	   *without;		/* [rows * k]: rank without indicator j */
} DropOneState;

static void
compute(FunctionCallInfo fcinfo, WindowObject winobj, DropOneState *st)
{
	MemoryContext cxt = winpart_context(st);
	RankModel	model;
	int64		rows;
	int			k;
	float8	   *u;
	int32	   *rank;

	rank_model_init(fcinfo, winobj, "egov.rank_drop_one", -1, ARG_NORM,
					ARG_METHOD, -1, &model);
	rows = model.m.rows;
	k = st->k = model.m.k;
	u = palloc(model.d * sizeof(float8));
	rank = palloc(Max(rows, 1) * sizeof(int32));
	rank_model_nominal(&model, u);
	st->nominal = MemoryContextAlloc(cxt, Max(rows, 1) * sizeof(int32));
	st->without = MemoryContextAllocHuge(cxt, Max(rows * k, 1) * sizeof(int32));
	rank_model_eval(&model, u, st->nominal, NULL);
	for (int j = 0; j < k; j++)
	{
		float8		wj = model.w[j];

		CHECK_FOR_INTERRUPTS();
		model.w[j] = 0.0;
		rank_model_eval(&model, u, rank, NULL);
		model.w[j] = wj;
		for (int64 i = 0; i < rows; i++)
			st->without[i * k + j] = rank[i];
	}
	st->computed = true;
}

Datum
egov_rank_drop_one(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	DropOneState *st = WinGetPartitionLocalMemory(winobj, sizeof(DropOneState));
	int64		i = WinGetCurrentPosition(winobj);
	Datum	   *out;
	bool	   *nulls;
	int			dims[1];
	int			lbs[1] = {1};

	if (!st->computed)
		compute(fcinfo, winobj, st);
	if (st->nominal[i] == 0)
		PG_RETURN_NULL();
	out = palloc(Max(st->k, 1) * sizeof(Datum));
	nulls = palloc(Max(st->k, 1) * sizeof(bool));
	for (int j = 0; j < st->k; j++)
	{
		int32		r = st->without[i * st->k + j];

		nulls[j] = r == 0;
		out[j] = Int32GetDatum(r - st->nominal[i]);
	}
	dims[0] = st->k;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(out, nulls, 1, dims, lbs, INT4OID,
											 sizeof(int32), true, TYPALIGN_INT));
}
