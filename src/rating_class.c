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
 * position and its row positions are sorted by EGDI once (13 bytes a row,
 * 12 of them freed at once); what remains is one byte a row, the class of
 * each partition position.  The window's ORDER BY and frame play no part.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "windowapi.h"

#include "egov.h"
#include "winpart.h"

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
	text	   *codes[NUM_CLASSES]; /* results, built once: no palloc a row */
} RatingQuery;

typedef struct RatingPartition
{
	bool		computed;
	uint8	   *classes;		/* by partition position: class or NO_CLASS */
} RatingPartition;

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

static void
rating_scan(WindowObject winobj, RatingPartition *p)
{
	WinpartColumn pv;
	const float8 *egdi;
	int32	   *sorted;
	int64		rated;

	/*
	 * Memory: while classifying, 8 bytes a row for the EGDI, 4 for the
	 * sorted positions and 1 for the class; afterwards only the class.
	 */
	winpart_read_column(winobj, "egov.rating_class", 0, "EGDI",
						winpart_check_unit_interval, CurrentMemoryContext,
						&pv);
	egdi = pv.values;
	rated = pv.valid;
	sorted = winpart_sorted_positions(&pv, true);
	p->classes = MemoryContextAllocHuge(winpart_context(p),
										Max(pv.rows, 1));
	memset(p->classes, NO_CLASS, pv.rows);

	/* groups are contiguous in EGDI order; classify each group */
	for (int64 first = 0; first < rated;)
	{
		EgovLevel	level = egov_level_of(egdi[sorted[first]]);
		int64		end = first + 1;
		int64		run_start = 0;

		while (end < rated && egov_level_of(egdi[sorted[end]]) == level)
			end++;
		for (int64 i = first; i < end; i++)
		{
			CHECK_FOR_INTERRUPTS();
			/* a tie takes the quarter of its first position */
			if (i == first || egdi[sorted[i]] != egdi[sorted[i - 1]])
				run_start = i - first;
			p->classes[sorted[i]] =
				(uint8) (level * QUARTERS + quarter_of(run_start, end - first));
		}
		first = end;
	}

	pfree(sorted);
	pfree(pv.values);
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
		rating_scan(winobj, p);

	class = p->classes[WinGetCurrentPosition(winobj)];
	if (class == NO_CLASS)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(rating_query(fcinfo)->codes[class]);
}
