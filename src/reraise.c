/*
 * reraise.c — egov._reraise(sqlstate, message, detail, hint): raise an
 * error caught in a PL/pgSQL function again, as that function's own.
 *
 * An error raised inside a PL/pgSQL function's query carries the query's
 * whole text as CONTEXT ("SQL statement ..."), often twenty lines of egov's
 * internals.  The function catches it and calls this, with SQLSTATE, SQLERRM
 * and the detail and hint of GET STACKED DIAGNOSTICS, in an assignment (a
 * simple expression, evaluated without SPI; hence the boolean result), so
 * the only CONTEXT line left is the one naming the function the user
 * called.  (PL/pgSQL's own RAISE cannot do it: it prints an empty DETAIL or
 * HINT as an empty line.)
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(egov_reraise);

/* a text argument as a C string, NULL for an empty one (STRICT: never NULL) */
static char *
optional_text(FunctionCallInfo fcinfo, int arg)
{
	char	   *s = text_to_cstring(PG_GETARG_TEXT_PP(arg));

	return s[0] == '\0' ? NULL : s;
}

Datum
egov_reraise(PG_FUNCTION_ARGS)
{
	char	   *state = optional_text(fcinfo, 0);
	char	   *message = optional_text(fcinfo, 1);
	char	   *detail = optional_text(fcinfo, 2);
	char	   *hint = optional_text(fcinfo, 3);

	/* an error's SQLSTATE: five digits or capitals, not of a success,
	 * warning or no-data class */
	if (state == NULL || strlen(state) != 5 ||
		strspn(state, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 5 ||
		strncmp(state, "00", 2) == 0 || strncmp(state, "01", 2) == 0 ||
		strncmp(state, "02", 2) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov._reraise: sqlstate must be an error's five-character SQLSTATE, got \"%s\"",
						state ? state : "")));

	ereport(ERROR,
			(errcode(MAKE_SQLSTATE(state[0], state[1], state[2], state[3], state[4])),
			 errmsg_internal("%s", message ? message : "error without a message"),
			 detail ? errdetail_internal("%s", detail) : 0,
			 hint ? errhint("%s", hint) : 0));
	PG_RETURN_BOOL(false);		/* not reached */
}
