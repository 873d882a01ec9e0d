/*
 * egov.h — what every egov source file shares: the [0, 1] range check, the
 * EGDI group bands (egov_level_in, egov_level_of) and float8 text for error messages.
 */
#ifndef EGOV_H
#define EGOV_H

#include "postgres.h"

/*
 * Version-specific includes, in this one place.  PostgreSQL 16 moved the
 * varlena macros (VARDATA_ANY, VARSIZE_ANY_EXHDR) out of postgres.h.
 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * A function that does not return: PostgreSQL 18 marks it with the prefix
 * pg_noreturn and no longer has the suffix pg_attribute_noreturn().
 */
#ifdef pg_noreturn
#define EGOV_NORETURN_PREFIX pg_noreturn
#define EGOV_NORETURN_SUFFIX
#else
#define EGOV_NORETURN_PREFIX
#define EGOV_NORETURN_SUFFIX pg_attribute_noreturn()
#endif

/*
 * Raise 22003 (numeric_value_out_of_range) unless 0 <= value <= 1.
 * NaN and +/-Infinity fail the test too.  `what` names the value in the
 * message, e.g. "OSI must be between 0 and 1, got 1.2".
 */
extern void egov_check_unit_interval(const char *what, float8 value);

/*
 * EGDI groups, in the order of the SQL enum egov.level.  An edition's bands
 * (egov.edition_method) are the lowest EGDI of Very High, High and Middle,
 * each boundary belonging to the group above; every bundled edition has the
 * survey's standard bands, Very High >= 0.75, High >= 0.50, Middle >= 0.25,
 * else Low, which the IMMUTABLE functions use.  The caller has checked that
 * score lies in [0, 1].
 */
typedef enum EgovLevel
{
	EGOV_LEVEL_LOW = 0,
	EGOV_LEVEL_MIDDLE,
	EGOV_LEVEL_HIGH,
	EGOV_LEVEL_VERY_HIGH
} EgovLevel;

#define EGOV_NUM_LEVELS 4

typedef struct EgovBands
{
	float8		very_high;
	float8		high;
	float8		middle;
} EgovBands;

#define EGOV_STANDARD_BANDS {0.75, 0.50, 0.25}

static inline EgovLevel
egov_level_in(float8 score, const EgovBands *bands)
{
	if (score >= bands->very_high)
		return EGOV_LEVEL_VERY_HIGH;
	if (score >= bands->high)
		return EGOV_LEVEL_HIGH;
	if (score >= bands->middle)
		return EGOV_LEVEL_MIDDLE;
	return EGOV_LEVEL_LOW;
}

/*
 * Raise 22023 unless 0 < middle < high < very_high <= 1, the order
 * egov.edition_method's CHECK admits; func names the caller in the message.
 */
extern void egov_check_bands(const char *func, const EgovBands *bands);

static inline EgovLevel
egov_level_of(float8 score)
{
	static const EgovBands standard = EGOV_STANDARD_BANDS;

	return egov_level_in(score, &standard);
}

/*
 * Rating classes by the rule "quarters by count" (rating_class.c): for the
 * `rated` rows whose positions `sorted` lists by score descending (scores in
 * [0, 1], score[position]), writes classes[position] = level * 4 + quarter
 * (quarter 0 the top, e.g. VH), on bands.
 */
extern void egov_rate_quarters_by_count(const float8 *score, const int32 *sorted,
										int64 rated, const EgovBands *bands,
										uint8 *classes);

/* Shortest text that reads back as the same float8 ("1.2", "NaN"). */
extern char *egov_float8_text(float8 value);

#endif							/* EGOV_H */
