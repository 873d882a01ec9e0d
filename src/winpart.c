/*
 * winpart.c — reading a window partition: the row bound, the scan, float8
 * column readers, row errors and constant parameters (see winpart.h).
 */
#include "postgres.h"

#include <limits.h>
#include <math.h>

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "egov.h"
#include "winpart.h"

int64
winpart_rows(WindowObject winobj, const char *func)
{
	int64		rows = WinGetPartitionRowCount(winobj);

	/* WinGetFuncArgInPartition takes an int position */
	if (rows > INT_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: window partition has too many rows (" INT64_FORMAT ")",
						func, rows),
				 errdetail("At most %d rows per partition are supported.",
						   INT_MAX)));
	return rows;
}

MemoryContext
winpart_context(const void *partition_state)
{
	return GetMemoryChunkContext((void *) partition_state);
}

static void
args_add(WinpartArgs *args, int argno, Oid typid, int16 typlen, bool typbyval)
{
	if (argno < 0)
		return;
	if (argno >= WINPART_MAX_ARGS)
		elog(ERROR, "window function argument %d is beyond the %d supported",
			 argno + 1, WINPART_MAX_ARGS);
	for (int i = 0; i < args->n; i++)
		if (args->argno[i] == argno)
			return;
	args->argno[args->n] = argno;
	args->typid[args->n] = typid;
	args->typlen[args->n] = typlen;
	args->typbyval[args->n] = typbyval;
	args->n++;
}

void
winpart_args_add(WinpartArgs *args, FmgrInfo *flinfo, int argno)
{
	Oid			type;
	int16		typlen;
	bool		typbyval;

	if (argno < 0)
		return;
	type = get_fn_expr_argtype(flinfo, argno);
	if (!OidIsValid(type))
		elog(ERROR, "could not determine the type of window function argument %d",
			 argno + 1);
	get_typlenbyval(type, &typlen, &typbyval);
	args_add(args, argno, type, typlen, typbyval);
}

/* a by-value argument (float8, int4): the readers' here, never copied */
static void
args_add_byval(WinpartArgs *args, int argno, Oid typid)
{
	args_add(args, argno, typid, sizeof(Datum), true);
}

/*
 * The row winpart_scan is visiting, for the detail of a row error raised
 * meanwhile; NULL outside a visit.
 */
typedef struct VisitedRow
{
	const WinpartArgs *args;
	const WinpartRow *row;
} VisitedRow;

static const VisitedRow *visited_row = NULL;

int64
winpart_scan(WindowObject winobj, const char *func, const WinpartArgs *args,
			 WinpartVisitor visit, void *arg)
{
	int64		rows = winpart_rows(winobj, func);
	WinpartRow	row;
	MemoryContext scratch;
	MemoryContext old;
	const VisitedRow *outer = visited_row;

	/* small contexts are recycled by PostgreSQL: cheap once a partition */
	scratch = AllocSetContextCreate(CurrentMemoryContext, "egov partition scan",
									ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(scratch);
	/* (an error leaves by longjmp: the pointer to this frame must go too) */
	PG_TRY();
	{
		VisitedRow	visited = {args, &row};

		for (row.pos = 0; row.pos < rows; row.pos++)
		{
			CHECK_FOR_INTERRUPTS();
			MemoryContextReset(scratch);
			for (int i = 0; i < args->n; i++)
			{
				int			argno = args->argno[i];
				Datum		value = winpart_arg(winobj, argno, row.pos,
												&row.isnull[argno]);

				/* the next fetch frees the tuple a by-reference value is in */
				if (i < args->n - 1 && !args->typbyval[i] && !row.isnull[argno])
					value = datumCopy(value, false, args->typlen[i]);
				row.values[argno] = value;
			}
			visited_row = &visited;
			visit(arg, &row);
			visited_row = outer;
		}
	}
	PG_FINALLY();
	{
		visited_row = outer;
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
	MemoryContextDelete(scratch);
	return rows;
}

void
winpart_current_row(WindowObject winobj, const WinpartArgs *args,
					WinpartRow *row)
{
	row->pos = -1;
	for (int i = 0; i < args->n; i++)
	{
		int			argno = args->argno[i];

		row->values[argno] = WinGetFuncArgCurrent(winobj, argno,
												  &row->isnull[argno]);
	}
}

/* longest text of one value in a row error's detail */
#define ROW_VALUE_MAX	60

/*
 * ", argument 1 = 0.5, argument 2 = NaN" for the row being visited at pos
 * (its values as their types print them, cut at ROW_VALUE_MAX characters);
 * "" for any other row.
 */
static char *
visited_row_values(int64 pos)
{
	const VisitedRow *v = visited_row;
	StringInfoData buf;

	if (v == NULL || v->row->pos != pos)
		return "";
	initStringInfo(&buf);
	for (int i = 0; i < v->args->n; i++)
	{
		int			argno = v->args->argno[i];
		char	   *text = "NULL";

		if (!v->row->isnull[argno])
		{
			Oid			out;
			bool		isvarlena;

			getTypeOutputInfo(v->args->typid[i], &out, &isvarlena);
			text = OidOutputFunctionCall(out, v->row->values[argno]);
		}
		appendStringInfo(&buf, "%s argument %d = ", i == 0 ? ":" : ",", argno + 1);
		if (strlen(text) > ROW_VALUE_MAX)
			appendStringInfo(&buf, "%.*s...",
							 pg_mbcliplen(text, strlen(text), ROW_VALUE_MAX), text);
		else
			appendStringInfoString(&buf, text);
	}
	return buf.data;
}

int
errdetail_winpart_row(int64 pos)
{
	return errdetail("Row " INT64_FORMAT " of the window partition%s.", pos + 1,
					 visited_row_values(pos));
}

void
winpart_row_error(const char *func, int64 pos, int sqlerrcode,
				  const char *fmt,...)
{
	char		message[256];
	va_list		args;

	va_start(args, fmt);
	vsnprintf(message, sizeof(message), fmt, args);
	va_end(args);
	ereport(ERROR,
			(errcode(sqlerrcode),
			 errmsg("%s: %s", func, message),
			 errdetail_winpart_row(pos)));
	pg_unreachable();
}

void
winpart_param_differs(const char *func, const char *name,
					  int64 row_a, const char *a, int64 row_b, const char *b)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s must be the same for every row of a partition", func, name),
			 errdetail("Row " INT64_FORMAT " has %s, row " INT64_FORMAT " has %s.",
					   row_a + 1, a, row_b + 1, b)));
	pg_unreachable();
}

int
winpart_name_arg(WindowObject winobj, const char *func, int argno,
				 const char *what, const char *const *names, int n,
				 const char *hint, int64 pos)
{
	bool		isnull;
	Datum		d = WinGetFuncArgCurrent(winobj, argno, &isnull);
	char	   *name;

	if (isnull)
		winpart_row_error(func, pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "%s must not be NULL", what);
	name = text_to_cstring(DatumGetTextPP(d));
	for (int i = 0; i < n; i++)
		if (strcmp(name, names[i]) == 0)
			return i;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: unknown %s \"%s\"", func, what, name),
			 errdetail_winpart_row(pos),
			 errhint("%s", hint)));
	pg_unreachable();
}

void
winpart_check_finite(const char *func, const char *what, float8 value,
					 int64 pos)
{
	if (unlikely(isnan(value) || isinf(value)))
		winpart_row_error(func, pos, ERRCODE_INVALID_PARAMETER_VALUE,
						  "%s must be finite, got %s",
						  what, egov_float8_text(value));
}

void
winpart_check_unit_interval(const char *func, const char *what, float8 value,
							int64 pos)
{
	if (unlikely(!(value >= 0.0 && value <= 1.0)))
		winpart_row_error(func, pos, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
						  "%s must be between 0 and 1, got %s",
						  what, egov_float8_text(value));
}

/* what winpart_read_columns' visitor needs */
typedef struct ColumnsReader
{
	const char *func;
	const int  *argnos;
	const char *const *whats;
	WinpartCheck check;
	WinpartColumns *out;
} ColumnsReader;

static void
store_row(void *arg, const WinpartRow *row)
{
	ColumnsReader *r = (ColumnsReader *) arg;
	WinpartColumns *out = r->out;

	for (int j = 0; j < out->ncols; j++)
		if (row->isnull[r->argnos[j]])
			return;				/* stays NaN in every column */
	for (int j = 0; j < out->ncols; j++)
	{
		float8		x = DatumGetFloat8(row->values[r->argnos[j]]);

		r->check(r->func, r->whats[j], x, row->pos);
		out->col[j][row->pos] = x;
	}
	out->valid++;
}

void
winpart_read_columns(WindowObject winobj, const char *func, int ncols,
					 const int *argnos, const char *const *whats,
					 WinpartCheck check, MemoryContext cxt,
					 WinpartColumns *out)
{
	float8		null_value = get_float8_nan();
	ColumnsReader reader = {func, argnos, whats, check, out};
	WinpartArgs args = {0};

	Assert(ncols >= 1 && ncols <= WINPART_MAX_ARGS);
	out->rows = winpart_rows(winobj, func);
	out->valid = 0;
	out->ncols = ncols;
	for (int j = 0; j < ncols; j++)
	{
		out->col[j] = MemoryContextAllocHuge(cxt,
											 Max(out->rows, 1) * sizeof(float8));
		for (int64 pos = 0; pos < out->rows; pos++)
		{
			CHECK_FOR_INTERRUPTS();
			out->col[j][pos] = null_value;
		}
		args_add_byval(&args, argnos[j], FLOAT8OID);
	}
	(void) winpart_scan(winobj, func, &args, store_row, &reader);
}

void
winpart_read_column(WindowObject winobj, const char *func, int argno,
					const char *what, WinpartCheck check, MemoryContext cxt,
					WinpartColumn *out)
{
	WinpartColumns columns;

	winpart_read_columns(winobj, func, 1, &argno, &what, check, cxt, &columns);
	out->rows = columns.rows;
	out->valid = columns.valid;
	out->values = columns.col[0];
}

/* positions by the value they index; values are never NaN (NULL) here */
#define ST_SORT sort_positions_ascending
#define ST_ELEMENT_TYPE int32
#define ST_COMPARE_ARG_TYPE const float8
#define ST_COMPARE(a, b, v) (((v)[*(a)] > (v)[*(b)]) - ((v)[*(a)] < (v)[*(b)]))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

#define ST_SORT sort_positions_descending
#define ST_ELEMENT_TYPE int32
#define ST_COMPARE_ARG_TYPE const float8
#define ST_COMPARE(a, b, v) (((v)[*(a)] < (v)[*(b)]) - ((v)[*(a)] > (v)[*(b)]))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

int32 *
winpart_sorted_positions(const WinpartColumn *column, bool descending)
{
	int32	   *positions = MemoryContextAllocHuge(CurrentMemoryContext,
												   Max(column->valid, 1) * sizeof(int32));
	int64		n = 0;

	for (int64 pos = 0; pos < column->rows; pos++)
	{
		CHECK_FOR_INTERRUPTS();
		if (!winpart_isnull(column->values[pos]))
			positions[n++] = (int32) pos;
	}
	Assert(n == column->valid);
	if (descending)
		sort_positions_descending(positions, n, column->values);
	else
		sort_positions_ascending(positions, n, column->values);
	return positions;
}

/* ---------- constant parameters ---------- */

static char *
param_text(const WinpartParam *param, Datum d)
{
	return param->is_float8 ? egov_float8_text(DatumGetFloat8(d))
		: psprintf("%d", DatumGetInt32(d));
}

static void
param_null_error(const char *func, const WinpartParam *param)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s must not be NULL", func, param->name)));
}

static bool
param_equal(const WinpartParam *param, Datum a, Datum b)
{
	if (param->is_float8)
	{
		float8		x = DatumGetFloat8(a);
		float8		y = DatumGetFloat8(b);

		return x == y || (isnan(x) && isnan(y));
	}
	return DatumGetInt32(a) == DatumGetInt32(b);
}

/* the parameters read from every row, and the first row's values */
typedef struct ParamReader
{
	const char *func;
	int			n;
	const WinpartParam *params[WINPART_MAX_ARGS];
	Datum	   *first[WINPART_MAX_ARGS];	/* where the value goes */
} ParamReader;

static void
check_params_row(void *arg, const WinpartRow *row)
{
	ParamReader *r = (ParamReader *) arg;
	int64		pos = row->pos;

	for (int i = 0; i < r->n; i++)
	{
		const WinpartParam *param = r->params[i];
		Datum		value = row->values[param->argno];

		if (row->isnull[param->argno])
			param_null_error(r->func, param);
		if (pos == 0)
			*r->first[i] = value;
		else if (!param_equal(param, *r->first[i], value))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: %s must be the same for every row of a partition",
							r->func, param->name),
					 errdetail("Row 1 has %s, row " INT64_FORMAT " has %s.",
							   param_text(param, *r->first[i]), pos + 1,
							   param_text(param, value))));
	}
}

void
winpart_const_args(FunctionCallInfo fcinfo, WindowObject winobj,
				   const char *func, int nparams, const WinpartParam *params,
				   Datum *values)
{
	ParamReader reader = {func, 0};
	WinpartArgs args = {0};

	Assert(nparams <= WINPART_MAX_ARGS);
	for (int i = 0; i < nparams; i++)
	{
		bool		isnull;

		if (!get_fn_expr_arg_stable(fcinfo->flinfo, params[i].argno))
		{
			args_add_byval(&args, params[i].argno,
						   params[i].is_float8 ? FLOAT8OID : INT4OID);
			reader.params[reader.n] = &params[i];
			reader.first[reader.n] = &values[i];
			reader.n++;
			continue;
		}
		/* the same on every row: the current row's value is the value */
		values[i] = WinGetFuncArgCurrent(winobj, params[i].argno, &isnull);
		if (isnull)
			param_null_error(func, &params[i]);
	}
	/* int4 and float8 are passed by value: nothing to copy out of the scan */
	if (reader.n > 0)
		(void) winpart_scan(winobj, func, &args, check_params_row, &reader);
}
