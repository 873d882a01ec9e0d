/*
 * rating_class.c — egov.rating_class(egdi) OVER (PARTITION BY edition ...),
 * the UN E-Government Survey's rating class (2020 on).
 *
 * The rule of 2020 on, "quarters by count": within each EGDI group (Very
 * High, High, Middle, Low; the standard bands, or with a survey_year
 * argument the edition's bands and rule, egov.edition_method), the
 * partition's countries ordered by EGDI descending are split into quarters
 * by count, sized like ntile(4): as equal as possible, the larger quarters
 * first.  Ties never straddle a boundary: a country gets
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

#include "edition_method.h"
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
	EgovMethods methods;		/* the form with a survey year */
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

/*
 * A rating-class rule: the class of each rated row, from the partition's
 * EGDIs (egdi, by position), the positions of the `rated` non-NULL ones by
 * EGDI descending, and the bands.  Writes classes[position].
 */
typedef void (*RatingRuleFn) (const float8 *egdi, const int32 *sorted,
							  int64 rated, const EgovBands *bands,
							  uint8 *classes);

/* within each group, quarters by count (the rule of 2020 on; egov.h) */
void
egov_rate_quarters_by_count(const float8 *egdi, const int32 *sorted, int64 rated,
							const EgovBands *bands, uint8 *classes)
{
	/* groups are contiguous in EGDI order; classify each group */
	for (int64 first = 0; first < rated;)
	{
		EgovLevel	level = egov_level_in(egdi[sorted[first]], bands);
		int64		end = first + 1;
		int64		run_start = 0;

		while (end < rated && egov_level_in(egdi[sorted[end]], bands) == level)
			end++;
		for (int64 i = first; i < end; i++)
		{
			CHECK_FOR_INTERRUPTS();
			/* a tie takes the quarter of its first position */
			if (i == first || egdi[sorted[i]] != egdi[sorted[i - 1]])
				run_start = i - first;
			classes[sorted[i]] =
				(uint8) (level * QUARTERS + quarter_of(run_start, end - first));
		}
		first = end;
	}
}

/*
 * The rules by the name egov.edition_method.rating_classes gives them (its
 * CHECK lists the same names): a new rule is one entry here.
 */
static const struct
{
	const char *name;
	RatingRuleFn rate;
} rating_rules[] = {
	{"quarters by count", egov_rate_quarters_by_count},
};

static RatingRuleFn
rating_rule(const char *name)
{
	for (size_t i = 0; i < lengthof(rating_rules); i++)
		if (strcmp(rating_rules[i].name, name) == 0)
			return rating_rules[i].rate;
	/* the table's CHECK admits no other name */
	elog(ERROR, "egov.rating_class: unknown rating-class rule \"%s\"", name);
	return NULL;				/* keep the compiler quiet */
}

/* classify the partition with rule on bands; rule NULL: every row NULL */
static void
rating_scan(WindowObject winobj, RatingPartition *p, const EgovBands *bands,
			RatingRuleFn rule)
{
	WinpartColumn pv;
	int32	   *sorted;

	if (rule == NULL)
	{
		int64		rows = WinGetPartitionRowCount(winobj);

		p->classes = MemoryContextAllocHuge(winpart_context(p), Max(rows, 1));
		memset(p->classes, NO_CLASS, rows);
		p->computed = true;
		return;
	}

	/*
	 * Memory: while classifying, 8 bytes a row for the EGDI, 4 for the
	 * sorted positions and 1 for the class; afterwards only the class.
	 */
	winpart_read_column(winobj, "egov.rating_class", 0, "EGDI",
						winpart_check_unit_interval, CurrentMemoryContext,
						&pv);
	sorted = winpart_sorted_positions(&pv, true);
	p->classes = MemoryContextAllocHuge(winpart_context(p),
										Max(pv.rows, 1));
	memset(p->classes, NO_CLASS, pv.rows);
	rule(pv.values, sorted, pv.valid, bands, p->classes);

	pfree(sorted);
	pfree(pv.values);
	p->computed = true;
}

/* the class of the current row, once its partition is classified */
static Datum
rating_result(FunctionCallInfo fcinfo, WindowObject winobj, RatingPartition *p)
{
	uint8		class = p->classes[WinGetCurrentPosition(winobj)];

	if (class == NO_CLASS)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(rating_query(fcinfo)->codes[class]);
}

/*
 * egov.rating_class(egdi) OVER (PARTITION BY edition) — the row's rating
 * class, e.g. 'VH', by quarters by count on the standard bands; NULL for a
 * NULL EGDI (which does not count).  An EGDI outside [0, 1] or NaN raises
 * 22003.
 */
Datum
egov_rating_class(PG_FUNCTION_ARGS)
{
	static const EgovBands standard = EGOV_STANDARD_BANDS;
	WindowObject winobj = PG_WINDOW_OBJECT();
	RatingPartition *p;

	p = (RatingPartition *) WinGetPartitionLocalMemory(winobj, sizeof(RatingPartition));
	if (!p->computed)
		rating_scan(winobj, p, &standard, egov_rate_quarters_by_count);
	return rating_result(fcinfo, winobj, p);
}

PG_FUNCTION_INFO_V1(egov_rating_class_edition);

/*
 * egov.rating_class(egdi, survey_year) OVER (PARTITION BY survey_year) — by
 * the rule and on the bands egov.edition_method gives the edition (the
 * latest edition's for a year without a row); NULL on every row for an
 * edition without rating classes.  survey_year must be the same on every
 * row of the partition (22023).
 */
Datum
egov_rating_class_edition(PG_FUNCTION_ARGS)
{
	static const WinpartParam year_arg[] = {{1, "survey_year", false}};
	WindowObject winobj = PG_WINDOW_OBJECT();
	RatingPartition *p;

	p = (RatingPartition *) WinGetPartitionLocalMemory(winobj, sizeof(RatingPartition));
	if (!p->computed)
	{
		RatingQuery *q = rating_query(fcinfo);
		Datum		year;
		const EgovMethod *m;

		winpart_const_args(fcinfo, winobj, "egov.rating_class", 1, year_arg, &year);
		egov_check_survey_year(DatumGetInt32(year));
		egov_edition_methods(fcinfo->flinfo, &q->methods);
		m = egov_edition_method(&q->methods, DatumGetInt32(year));
		rating_scan(winobj, p, &m->bands,
					m->rated ? rating_rule(m->rating_rule) : NULL);
	}
	return rating_result(fcinfo, winobj, p);
}
