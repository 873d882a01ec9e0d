/*
 * edition_method.c — each edition's method read from egov.edition_method
 * (edition_method.h), for the functions that take a survey year.
 */
#include "postgres.h"

#include "access/xact.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "edition_method.h"

/* The first survey, "Benchmarking E-government: A Global Perspective". */
#define EGOV_FIRST_SURVEY_YEAR 2001

/* the method of an empty table: that of every edition since 2020 */
static const EgovMethod default_method = {
	0, true, {1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0}, EGOV_STANDARD_BANDS,
	true, "quarters by count"
};

void
egov_check_survey_year(int32 survey_year)
{
	if (survey_year < EGOV_FIRST_SURVEY_YEAR)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("there is no E-Government Survey for year %d",
						survey_year),
				 errhint("The survey began in %d.", EGOV_FIRST_SURVEY_YEAR)));
}

/* float8 column k of an SPI row; the table's NOT NULLs make NULL impossible */
static float8
method_float8(HeapTuple tuple, TupleDesc desc, int k)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, desc, k, &isnull);

	if (isnull)
		elog(ERROR, "egov.edition_method: column %d is NULL", k);
	return DatumGetFloat8(d);
}

void
egov_edition_methods(FmgrInfo *flinfo, EgovMethods *cache)
{
	TimestampTz xact_start = GetCurrentTransactionStartTimestamp();
	CommandId	command = GetCurrentCommandId(false);
	char	   *schema;
	char	   *query;
	int			ret;

	/* (a zeroed cache's start time is no transaction's) */
	if (cache->xact_start == xact_start && cache->command == command)
		return;
	if (cache->methods != NULL)
		pfree(cache->methods);
	cache->methods = NULL;
	cache->count = 0;

	/* the table beside the function, in its schema */
	schema = get_namespace_name(get_func_namespace(flinfo->fn_oid));
	if (schema == NULL)
		elog(ERROR, "function %u has no schema", flinfo->fn_oid);

	/*
	 * The query runs under the caller's search_path: every operator is
	 * qualified, so that none a user planted is resolved.
	 */
	query = psprintf("SELECT m.survey_year,"
					 " m.osi_weight OPERATOR(pg_catalog.=) m.hci_weight"
					 " AND m.hci_weight OPERATOR(pg_catalog.=) m.tii_weight,"
					 " pg_catalog.float8(m.osi_weight OPERATOR(pg_catalog./) s.total),"
					 " pg_catalog.float8(m.hci_weight OPERATOR(pg_catalog./) s.total),"
					 " pg_catalog.float8(m.tii_weight OPERATOR(pg_catalog./) s.total),"
					 " pg_catalog.float8(m.very_high), pg_catalog.float8(m.high),"
					 " pg_catalog.float8(m.middle), m.rating_classes"
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
		cache->methods = MemoryContextAllocZero(flinfo->fn_mcxt,
												sizeof(EgovMethod) * SPI_processed);
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tuple = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			EgovMethod *m = &cache->methods[i];
			bool		isnull;
			char	   *rule;

			CHECK_FOR_INTERRUPTS();
			m->survey_year = DatumGetInt32(SPI_getbinval(tuple, desc, 1, &isnull));
			m->equal = DatumGetBool(SPI_getbinval(tuple, desc, 2, &isnull));
			for (int k = 0; k < 3; k++)
				m->weight[k] = method_float8(tuple, desc, 3 + k);
			m->bands.very_high = method_float8(tuple, desc, 6);
			m->bands.high = method_float8(tuple, desc, 7);
			m->bands.middle = method_float8(tuple, desc, 8);
			rule = SPI_getvalue(tuple, desc, 9);
			m->rated = rule != NULL;
			if (rule != NULL && strlcpy(m->rating_rule, rule, NAMEDATALEN) >= NAMEDATALEN)
				elog(ERROR, "egov.edition_method: rating-class rule of %d too long",
					 m->survey_year);
		}
		cache->count = (int) SPI_processed;
	}
	SPI_finish();

	cache->xact_start = xact_start;
	cache->command = command;
}

const EgovMethod *
egov_edition_method(const EgovMethods *cache, int32 survey_year)
{
	if (cache->count == 0)
		return &default_method;
	for (int i = 0; i < cache->count; i++)
		if (cache->methods[i].survey_year == survey_year)
			return &cache->methods[i];
	return &cache->methods[cache->count - 1];
}
