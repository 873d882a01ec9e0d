/*
 * egdi.c — the E-Government Development Index from its three components.
 *
 * EGDI is the weighted mean of the Online Service Index (OSI), the Human
 * Capital Index (HCI) and the Telecommunication Infrastructure Index (TII),
 * each already normalised to [0, 1] by the survey.  Every edition weights
 * them equally except 2008 and 2010, which gave OSI 0.34 and the others 0.33
 * each (the published tables of those editions follow from no other
 * weights).
 *
 * From 0.5.0 egov.egdi(osi, hci, tii, survey_year) reads those weights from
 * the table egov.edition_method (egov_egdi_method), so that an edition with
 * a new method is a row, not a release; a year without a row takes the
 * latest edition's.  Reading a table, it is STABLE.  egov_egdi_edition, the
 * weights written here, stays for the SQL of releases before 0.5.0, which a
 * server runs with this library until ALTER EXTENSION egov UPDATE.
 */
#include "postgres.h"

#include "access/xact.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"

#include "egov.h"

/* The first survey, "Benchmarking E-government: A Global Perspective". */
#define EGOV_FIRST_SURVEY_YEAR 2001

PG_FUNCTION_INFO_V1(egov_egdi);
PG_FUNCTION_INFO_V1(egov_egdi_edition);

/*
 * Check the components and combine them.  Equal thirds are computed as
 * (osi + hci + tii) / 3 rather than with weights of 1/3, so that the result
 * is the correctly rounded mean whatever the edition argument.
 */
static float8
egdi_combine(float8 osi, float8 hci, float8 tii, bool osi_weighted)
{
	egov_check_unit_interval("OSI", osi);
	egov_check_unit_interval("HCI", hci);
	egov_check_unit_interval("TII", tii);

	if (osi_weighted)
		return 0.34 * osi + 0.33 * hci + 0.33 * tii;
	return (osi + hci + tii) / 3.0;
}

static void
check_survey_year(int32 survey_year)
{
	if (survey_year < EGOV_FIRST_SURVEY_YEAR)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("there is no E-Government Survey for year %d",
						survey_year),
				 errhint("The survey began in %d.", EGOV_FIRST_SURVEY_YEAR)));
}

/* egov.egdi(osi, hci, tii) — the equal-weight mean used by most editions */
Datum
egov_egdi(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(egdi_combine(PG_GETARG_FLOAT8(0),
								  PG_GETARG_FLOAT8(1),
								  PG_GETARG_FLOAT8(2),
								  false));
}

/* egov.egdi(osi, hci, tii, survey_year) — with the edition's weights */
Datum
egov_egdi_edition(PG_FUNCTION_ARGS)
{
	int32		survey_year = PG_GETARG_INT32(3);

	check_survey_year(survey_year);
	PG_RETURN_FLOAT8(egdi_combine(PG_GETARG_FLOAT8(0),
								  PG_GETARG_FLOAT8(1),
								  PG_GETARG_FLOAT8(2),
								  survey_year == 2008 || survey_year == 2010));
}

/* one edition's weights, as egov.edition_method holds them */
typedef struct EgdiMethod
{
	int32		survey_year;
	bool		equal;			/* equal weights: the mean, as above */
	float8		weight[3];		/* OSI, HCI, TII, normalised to sum 1 */
} EgdiMethod;

/*
 * The methods of egov.edition_method by year, read once a command: the
 * cache (fn_extra) is keyed on the transaction and its command counter, so
 * a row written by an earlier statement of the same transaction is seen.
 */
typedef struct EgdiMethods
{
	TimestampTz xact_start;
	CommandId	command;
	int			count;
	EgdiMethod *methods;		/* ascending survey_year */
} EgdiMethods;

static EgdiMethods *
egdi_methods(FunctionCallInfo fcinfo)
{
	EgdiMethods *cache = (EgdiMethods *) fcinfo->flinfo->fn_extra;
	TimestampTz xact_start = GetCurrentTransactionStartTimestamp();
	CommandId	command = GetCurrentCommandId(false);
	char	   *schema;
	char	   *query;
	MemoryContext old;
	int			ret;

	if (cache != NULL && cache->xact_start == xact_start && cache->command == command)
		return cache;
	if (cache == NULL)
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(EgdiMethods));
	else if (cache->methods != NULL)
		pfree(cache->methods);
	cache->methods = NULL;
	cache->count = 0;

	/* the table beside the function, in its schema */
	schema = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));
	if (schema == NULL)
		elog(ERROR, "function %u has no schema", fcinfo->flinfo->fn_oid);
	/*
	 * The query runs under the caller's search_path: every operator is
	 * qualified, so that none a user planted is resolved.
	 */
	query = psprintf("SELECT m.survey_year,"
					 " m.osi_weight OPERATOR(pg_catalog.=) m.hci_weight"
					 " AND m.hci_weight OPERATOR(pg_catalog.=) m.tii_weight,"
					 " pg_catalog.float8(m.osi_weight OPERATOR(pg_catalog./) s.total),"
					 " pg_catalog.float8(m.hci_weight OPERATOR(pg_catalog./) s.total),"
					 " pg_catalog.float8(m.tii_weight OPERATOR(pg_catalog./) s.total)"
					 " FROM %s.edition_method AS m,"
					 " LATERAL (SELECT m.osi_weight OPERATOR(pg_catalog.+) m.hci_weight"
					 " OPERATOR(pg_catalog.+) m.tii_weight AS total) AS s"
					 " ORDER BY m.survey_year USING OPERATOR(pg_catalog.<)",
					 quote_identifier(schema));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ret = SPI_execute(query, true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading %s.edition_method failed: %s", schema, SPI_result_code_string(ret));
	if (SPI_processed > 0)
	{
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		cache->methods = palloc(sizeof(EgdiMethod) * SPI_processed);
		MemoryContextSwitchTo(old);
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tuple = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			EgdiMethod *m = &cache->methods[i];
			bool		isnull;

			CHECK_FOR_INTERRUPTS();
			m->survey_year = DatumGetInt32(SPI_getbinval(tuple, desc, 1, &isnull));
			m->equal = DatumGetBool(SPI_getbinval(tuple, desc, 2, &isnull));
			for (int k = 0; k < 3; k++)
				m->weight[k] = DatumGetFloat8(SPI_getbinval(tuple, desc, 3 + k, &isnull));
		}
		cache->count = (int) SPI_processed;
	}
	SPI_finish();

	cache->xact_start = xact_start;
	cache->command = command;
	fcinfo->flinfo->fn_extra = cache;
	return cache;
}

PG_FUNCTION_INFO_V1(egov_egdi_method);

/*
 * egov.egdi(osi, hci, tii, survey_year) — with the weights egov.edition_method
 * gives the year, or the latest edition's for a year without a row (equal
 * thirds if the table is empty).
 */
Datum
egov_egdi_method(PG_FUNCTION_ARGS)
{
	float8		osi = PG_GETARG_FLOAT8(0);
	float8		hci = PG_GETARG_FLOAT8(1);
	float8		tii = PG_GETARG_FLOAT8(2);
	int32		survey_year = PG_GETARG_INT32(3);
	EgdiMethods *cache;
	const EgdiMethod *m;

	check_survey_year(survey_year);
	egov_check_unit_interval("OSI", osi);
	egov_check_unit_interval("HCI", hci);
	egov_check_unit_interval("TII", tii);

	cache = egdi_methods(fcinfo);
	if (cache->count == 0)
		PG_RETURN_FLOAT8((osi + hci + tii) / 3.0);
	m = &cache->methods[cache->count - 1];
	for (int i = 0; i < cache->count; i++)
		if (cache->methods[i].survey_year == survey_year)
		{
			m = &cache->methods[i];
			break;
		}
	if (m->equal)
		PG_RETURN_FLOAT8((osi + hci + tii) / 3.0);
	PG_RETURN_FLOAT8(m->weight[0] * osi + m->weight[1] * hci + m->weight[2] * tii);
}
