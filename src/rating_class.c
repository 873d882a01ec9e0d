/*
 * rating_class.c — egov.rating_class(egdi) OVER (PARTITION BY edition ...),
 * the UN E-Government Survey's rating class (2020 on).
 *
 * Within each EGDI group (Very High, High, Middle, Low; bands of
 * egov_level_of), the partition's countries ordered by EGDI descending are
 * split into quarters by count, sized like ntile(4): as equal as possible,
 * the larger quarters first.  Ties never straddle a boundary: a country gets
 * the class of the first position holding its value in its group, so ties
 * go to the higher class.  The top quarter of Very High is VH, then V3, V2,
 * V1; likewise HV..H1, MH..M1, LM..L1.
 *
 * On a partition's first row the whole partition is read by absolute
 * position and sorted once (16 bytes a row, freed at once); what remains is
 * one byte a row, the class of each partition position.  The window's ORDER
 * BY and frame play no part.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "windowapi.h"

#include "egov.h"
#include "partition_stats.h"

PG_FUNCTION_INFO_V1(egov_rating_class);

#define QUARTERS		4
#define NUM_CLASSES		(EGOV_NUM_LEVELS * QUARTERS)
#define NO_CLASS		0xFF	/* NULL EGDI */

/* class codes by EgovLevel, top quarter first */
static const char *const class_codes[EGOV_NUM_LEVELS][QUARTERS] = {
	[EGOV_LEVEL_LOW] = {"LM", "L3", "L2", "L1"},
	[EGOV_LEVEL_MIDDLE] = {"MH", "M3", "M2", "M1"},
	[EGOV_LEVEL_HIGH] = {"HV", "H3", "H2", "H1"},
	[EGOV_LEVEL_VERY_HIGH] = {"VH", "V3", "V2", "V1"},
};

/* per-query state (fn_extra) */
typedef struct RatingQuery
{
	MemoryContext pass;			/* scratch context for the partition pass */
	text	   *codes[NUM_CLASSES]; /* results, built once: no palloc a row */
} RatingQuery;

typedef struct RatingPartition
{
	bool		computed;
	uint8	   *classes;		/* by partition position: class or NO_CLASS */
} RatingPartition;

/* what is sorted: an EGDI and where it came from */
typedef struct RatedRow
{
	float8		egdi;
	int32		pos;
} RatedRow;

StaticAssertDecl(sizeof(RatedRow) <= 16, "RatedRow must stay compact");

/* EGDI descending; values are never NaN here */
#define ST_SORT sort_rated_rows
#define ST_ELEMENT_TYPE RatedRow
#define ST_COMPARE(a, b) (((a)->egdi < (b)->egdi) - ((a)->egdi > (b)->egdi))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

static RatingQuery *
rating_query(FunctionCallInfo fcinfo)
{
	RatingQuery *q = (RatingQuery *) fcinfo->flinfo->fn_extra;

	if (q == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		q = palloc0(sizeof(RatingQuery));
		for (int level = 0; level < EGOV_NUM_LEVELS; level++)
			for (int quarter = 0; quarter < QUARTERS; quarter++)
				q->codes[level * QUARTERS + quarter] =
					cstring_to_text(class_codes[level][quarter]);
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = q;
	}
	return q;
}

/*
 * Quarter (0 = top) of 0-based position r among `count` rows split like
 * ntile(4): the first count % 4 quarters hold one row more.
 */
static int
quarter_of(int64 r, int64 count)
{
	int64		base = count / QUARTERS;
	int64		larger = count % QUARTERS;
	int64		in_larger = larger * (base + 1);

	if (r < in_larger)
		return (int) (r / (base + 1));
	return (int) (larger + (r - in_larger) / base);
}

/* error context: which row of the partition was being read */
static void
rating_row_context(void *arg)
{
	errcontext("egov.rating_class, row " INT64_FORMAT " of the window partition",
			   *(int64 *) arg + 1);
}

static void
rating_scan(FunctionCallInfo fcinfo, WindowObject winobj, RatingPartition *p)
{
	RatingQuery *q = rating_query(fcinfo);
	MemoryContext pass = egov_pass_context(fcinfo, &q->pass);
	MemoryContext old;
	int64		rows = egov_partition_rows(winobj, "egov.rating_class");
	int64		rated = 0;
	RatedRow   *sorted;
	int64		pos;
	ErrorContextCallback errcb;

	/* one byte a row for the partition's lifetime, 16 for the sort */
	p->classes = MemoryContextAllocHuge(GetMemoryChunkContext(p), Max(rows, 1));
	memset(p->classes, NO_CLASS, rows);
	sorted = MemoryContextAllocHuge(CurrentMemoryContext,
									Max(rows, 1) * sizeof(RatedRow));

	errcb.callback = rating_row_context;
	errcb.arg = &pos;
	errcb.previous = error_context_stack;
	error_context_stack = &errcb;

	old = MemoryContextSwitchTo(pass);
	for (pos = 0; pos < rows; pos++)
	{
		bool		isnull;
		float8		egdi;

		MemoryContextReset(pass);
		egdi = DatumGetFloat8(egov_arg_at(winobj, 0, pos, &isnull));
		if (isnull)
			continue;
		egov_check_unit_interval("EGDI", egdi);
		sorted[rated].egdi = egdi;
		sorted[rated].pos = (int32) pos;
		rated++;
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(pass);
	error_context_stack = errcb.previous;

	sort_rated_rows(sorted, rated);

	/* groups are contiguous in EGDI order; classify each group */
	for (int64 first = 0; first < rated;)
	{
		EgovLevel	level = egov_level_of(sorted[first].egdi);
		int64		end = first + 1;
		int64		run_start = 0;

		while (end < rated && egov_level_of(sorted[end].egdi) == level)
			end++;
		for (int64 i = first; i < end; i++)
		{
			/* a tie takes the quarter of its first position */
			if (i == first || sorted[i].egdi != sorted[i - 1].egdi)
				run_start = i - first;
			p->classes[sorted[i].pos] =
				(uint8) (level * QUARTERS + quarter_of(run_start, end - first));
		}
		first = end;
	}

	pfree(sorted);
	p->computed = true;
}

/*
 * egov.rating_class(egdi) OVER (PARTITION BY edition) — the row's rating
 * class, e.g. 'VH'; NULL for a NULL EGDI (which does not count).  An EGDI
 * outside [0, 1] or NaN raises 22003.
 */
Datum
egov_rating_class(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	RatingPartition *p;
	uint8		class;

	p = (RatingPartition *) WinGetPartitionLocalMemory(winobj, sizeof(RatingPartition));
	if (!p->computed)
		rating_scan(fcinfo, winobj, p);

	class = p->classes[WinGetCurrentPosition(winobj)];
	if (class == NO_CLASS)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(rating_query(fcinfo)->codes[class]);
}
