/*
 * str_weak.c — a unit's strengths and weaknesses, COINr's get_str_weak:
 *
 *   egov.strengths(indicators float8[], n int) OVER w  -> int[]
 *   egov.weaknesses(indicators float8[], n int) OVER w -> int[]
 *
 * Each indicator j ranks the partition's rows where it is present, highest
 * first, ties sharing the best rank (1 + the number of rows with a greater
 * value).  A row's strengths are the (1-based) numbers of its n indicators
 * with the best ranks, its weaknesses those with the worst; equal ranks go
 * by indicator number.  An indicator the row lacks (NULL), or one with
 * fewer than two distinct values in the partition (it tells no row apart,
 * as COINr's unq_discard would drop it), is never listed, so a row may get
 * fewer than n.  A row with a NULL array gives NULL.
 *
 * The partition is read once, on its first row: every indicator's ranks
 * (4 bytes a row and indicator) stay in partition memory, and each row's
 * call sorts only its own k ranks.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "windowapi.h"

#include "egov.h"
#include "indmatrix.h"
#include "winpart.h"

PG_FUNCTION_INFO_V1(egov_strengths);
PG_FUNCTION_INFO_V1(egov_weaknesses);

#define ARG_INDICATORS	0
#define ARG_N			1

typedef struct StrWeakState
{
	bool		computed;
	int			k;
	int32		n;				/* how many to list */
	bool	   *row_null;		/* [rows] */
	int32	   *rank;			/* [rows * k]; 0: not listed */
} StrWeakState;

/*
 * every indicator's competition ranks, highest first (1 + the number of
 * greater values); 0 where not listed
 */
static void
rank_indicators(const EgovIndicatorMatrix *m, int32 *rank)
{
	EgovColumnItem *items = palloc(Max(m->rows, 1) * sizeof(EgovColumnItem));

	memset(rank, 0, m->rows * m->k * sizeof(int32));
	for (int j = 0; j < m->k; j++)
	{
		int64		n = egov_indmatrix_column(m, j, items);
		int64		greater = 0;

		if (n < 2 || items[0].x == items[n - 1].x)
			continue;			/* fewer than two distinct values */
		/* from the top: each run of equal values shares its rank */
		for (int64 r = n - 1; r >= 0; r--)
		{
			CHECK_FOR_INTERRUPTS();
			if (r < n - 1 && items[r].x != items[r + 1].x)
				greater = n - 1 - r;
			rank[items[r].row * m->k + j] = (int32) (greater + 1);
		}
	}
	pfree(items);
}

static void
compute(FunctionCallInfo fcinfo, WindowObject winobj, const char *func,
		StrWeakState *st)
{
	static const WinpartParam params[] = {{ARG_N, "n", false}};
	Datum		n;
	EgovIndicatorMatrix m;
	MemoryContext cxt = winpart_context(st);

	winpart_const_args(fcinfo, winobj, func, 1, params, &n);
	st->n = DatumGetInt32(n);
	if (st->n < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: n must be at least 1, got %d", func, st->n)));
	egov_indmatrix_read(winobj, fcinfo->flinfo, func, ARG_INDICATORS, &m);
	st->k = m.k;
	st->row_null = MemoryContextAlloc(cxt, Max(m.rows, 1) * sizeof(bool));
	memcpy(st->row_null, m.row_null, m.rows * sizeof(bool));
	st->rank = MemoryContextAllocHuge(cxt, Max(m.rows * m.k, 1) * sizeof(int32));
	rank_indicators(&m, st->rank);
	st->computed = true;
}

/* a row's indicator, and its rank (sign-flipped for the weaknesses) */
typedef struct Listed
{
	int32		key;
	int32		indicator;
} Listed;

static int
listed_cmp(const void *a, const void *b)
{
	const Listed *p = a;
	const Listed *q = b;

	if (p->key != q->key)
		return p->key < q->key ? -1 : 1;
	return p->indicator < q->indicator ? -1 : p->indicator > q->indicator ? 1 : 0;
}

static Datum
str_weak(FunctionCallInfo fcinfo, const char *func, bool strengths)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	StrWeakState *st;
	int64		row;
	const int32 *rank;
	Listed	   *list;
	Datum	   *out;
	int			m = 0;

	st = WinGetPartitionLocalMemory(winobj, sizeof(StrWeakState));
	if (!st->computed)
		compute(fcinfo, winobj, func, st);
	row = WinGetCurrentPosition(winobj);
	if (st->row_null[row])
		PG_RETURN_NULL();
	rank = st->rank + row * st->k;
	list = palloc(Max(st->k, 1) * sizeof(Listed));
	for (int j = 0; j < st->k; j++)
		if (rank[j] > 0)
		{
			list[m].key = strengths ? rank[j] : -rank[j];
			list[m].indicator = j + 1;
			m++;
		}
	qsort(list, m, sizeof(Listed), listed_cmp);
	m = Min(m, st->n);
	out = palloc(Max(m, 1) * sizeof(Datum));
	for (int i = 0; i < m; i++)
		out[i] = Int32GetDatum(list[i].indicator);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, m, INT4OID, sizeof(int32), true, TYPALIGN_INT));
}

Datum
egov_strengths(PG_FUNCTION_ARGS)
{
	return str_weak(fcinfo, "egov.strengths", true);
}

Datum
egov_weaknesses(PG_FUNCTION_ARGS)
{
	return str_weak(fcinfo, "egov.weaknesses", false);
}
