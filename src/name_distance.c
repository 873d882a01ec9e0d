/*
 * name_distance.c — how far apart two names are, for suggesting the known
 * country a misspelt name probably means (egov.country_suggestions).
 *
 * The distance is the optimal string alignment form of the
 * Damerau-Levenshtein distance over characters (not bytes): the least number
 * of insertions, deletions, substitutions and swaps of two adjacent
 * characters that turn one text into the other, no substring edited twice.
 * "Kenia" is 1 from "Kenya", "Gaon" 1 from "Gabon" and "Mlata" 1 from
 * "Malta".  It is computed with three rows of the classic table, so memory
 * is linear; time is the product of the lengths, hence the bound on the
 * length below (a name is a few dozen characters).
 */
#include "postgres.h"

#include "egov.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(egov_name_distance);

/* longest text compared: 10^6 cells of the table, about a millisecond */
#define MAX_NAME_CHARS	1000

/* The text's characters (code points in UTF-8); *len their number. */
static pg_wchar *
text_chars(text *t, int *len)
{
	int			nbytes = VARSIZE_ANY_EXHDR(t);
	int			nchars = pg_mbstrlen_with_len(VARDATA_ANY(t), nbytes);
	pg_wchar   *chars;

	if (nchars > MAX_NAME_CHARS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("egov.name_distance: a text of %d characters is too long (at most %d)",
						nchars, MAX_NAME_CHARS)));
	chars = palloc((nbytes + 1) * sizeof(pg_wchar));
	*len = pg_mb2wchar_with_len(VARDATA_ANY(t), chars, nbytes);
	return chars;
}

Datum
egov_name_distance(PG_FUNCTION_ARGS)
{
	text	   *ta = PG_GETARG_TEXT_PP(0);
	text	   *tb = PG_GETARG_TEXT_PP(1);
	pg_wchar   *a;
	pg_wchar   *b;
	int			na;
	int			nb;
	int		   *prev2;			/* row i - 2 of the table */
	int		   *prev;			/* row i - 1 */
	int		   *cur;			/* row i */
	int			result;

	a = text_chars(ta, &na);
	b = text_chars(tb, &nb);
	prev2 = palloc((nb + 1) * sizeof(int));
	prev = palloc((nb + 1) * sizeof(int));
	cur = palloc((nb + 1) * sizeof(int));
	for (int j = 0; j <= nb; j++)
		prev[j] = j;
	for (int i = 1; i <= na; i++)
	{
		int		   *spare;

		CHECK_FOR_INTERRUPTS();
		cur[0] = i;
		for (int j = 1; j <= nb; j++)
		{
			int			cost = (a[i - 1] == b[j - 1]) ? 0 : 1;
			int			best = prev[j - 1] + cost;	/* keep or substitute */

			if (prev[j] + 1 < best)
				best = prev[j] + 1; /* delete a[i-1] */
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;	/* insert b[j-1] */
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
				prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;	/* swap two neighbours */
			cur[j] = best;
		}
		spare = prev2;
		prev2 = prev;
		prev = cur;
		cur = spare;
	}
	result = prev[nb];
	pfree(a);
	pfree(b);
	pfree(prev2);
	pfree(prev);
	pfree(cur);
	PG_RETURN_INT32(result);
}
