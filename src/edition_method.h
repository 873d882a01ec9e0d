/*
 * edition_method.h — each edition's method, as the table egov.edition_method
 * holds it: the EGDI weights, the group bands and the rating-class rule.
 *
 * The functions that take a survey year (egov.egdi, egov.egdi_level,
 * egov.epi_level and egov.rating_class with a survey_year argument) read the
 * whole table once a statement through egov_edition_methods() and look the
 * year up with egov_edition_method(); a year without a row takes the latest
 * edition's, as the loader says in a NOTICE when it imports such a year.
 */
#ifndef EGOV_EDITION_METHOD_H
#define EGOV_EDITION_METHOD_H

#include "fmgr.h"
#include "utils/timestamp.h"

#include "egov.h"

/* one edition's method */
typedef struct EgovMethod
{
	int32		survey_year;
	bool		equal;			/* equal weights: (osi + hci + tii) / 3 */
	float8		weight[3];		/* OSI, HCI, TII, normalised to sum 1 */
	EgovBands	bands;
	bool		rated;			/* has rating classes */
	char		rating_rule[NAMEDATALEN];	/* e.g. "quarters by count" */
} EgovMethod;

/*
 * The rows of the table by ascending year, read once a command: the cache
 * is keyed on the transaction and its command counter, so a row written by
 * an earlier statement of the same transaction is seen.  A caller keeps one
 * zeroed in its fn_extra state.
 */
typedef struct EgovMethods
{
	TimestampTz xact_start;
	CommandId	command;
	int			count;
	EgovMethod *methods;
} EgovMethods;

/* 22023 for a year before the first survey */
extern void egov_check_survey_year(int32 survey_year);

/* refresh cache (in flinfo's memory) from the table beside flinfo's function */
extern void egov_edition_methods(FmgrInfo *flinfo, EgovMethods *cache);

/*
 * The method of survey_year: its row, else the latest edition's; for an
 * empty table, equal weights, the standard bands and quarters by count.
 */
extern const EgovMethod *egov_edition_method(const EgovMethods *cache,
											 int32 survey_year);

#endif							/* EGOV_EDITION_METHOD_H */
