/*
 * winpart.h — how egov's window functions read their window partition: the
 * row bound, argument access, one scan of the partition, float8 column
 * readers, the row-error wording and constant parameters.
 *
 * Every window function here computes what it needs once, on the
 * partition's first call, by reading the partition from its head with
 * WinGetFuncArgInPartition(..., WINDOW_SEEK_HEAD, ...); the window's ORDER BY
 * and frame therefore never change a result.  Positions are 0-based in code
 * and 1-based in messages.
 */
#ifndef EGOV_WINPART_H
#define EGOV_WINPART_H

#include "postgres.h"
#include "egov.h"

#include <math.h>

#include "fmgr.h"
#include "windowapi.h"

/*
 * Number of rows in the current partition.  Raises 54000 when the partition
 * has more rows than WinGetFuncArgInPartition can address (INT_MAX).
 */
extern int64 winpart_rows(WindowObject winobj, const char *func);

/*
 * The value of argument argno at partition position pos, evaluated in the
 * current memory context.  The caller ensures pos is inside the partition.
 */
static inline Datum
winpart_arg(WindowObject winobj, int argno, int64 pos, bool *isnull)
{
	bool		isout;
	Datum		value;

	value = WinGetFuncArgInPartition(winobj, argno, (int) pos,
									 WINDOW_SEEK_HEAD, false, isnull, &isout);
	if (isout)
		elog(ERROR, "window partition row " INT64_FORMAT " is missing", pos);
	return value;
}

/*
 * The memory context that lives as long as the partition: the context of
 * the partition-local state returned by WinGetPartitionLocalMemory(), which
 * the executor resets when the partition ends.  Whatever a function computes
 * on the partition's first call for later rows (per-row results, weights
 * read once) must be allocated there: the per-call context is reset after
 * every row, and the function's own fn_mcxt would outlive the partition.
 */
extern MemoryContext winpart_context(const void *partition_state);

/*
 * The scan: visit(arg, row) for every row of the partition in partition
 * order, row->values[argno] and row->isnull[argno] holding each argument
 * listed in args (the others are not evaluated).  Arguments are evaluated in
 * a scratch context reset before each row, so an argument that allocates (a
 * cast, ARRAY[...], a detoasted value) costs nothing per row; the values
 * last until the visitor returns, which must copy what it keeps.  Returns
 * the number of rows.
 */
#define WINPART_MAX_ARGS	16	/* argument numbers below this */

typedef struct WinpartRow
{
	int64		pos;			/* partition position; -1: the current row */
	Datum		values[WINPART_MAX_ARGS];
	bool		isnull[WINPART_MAX_ARGS];
} WinpartRow;

static inline Datum
winpart_row_arg(const WinpartRow *row, int argno, bool *isnull)
{
	*isnull = row->isnull[argno];
	return row->values[argno];
}

/*
 * The arguments a scan evaluates, each once, with their types: a
 * by-reference value may point into the row's tuple, which the next
 * argument's fetch replaces, so the scan copies every one but the last.
 */
typedef struct WinpartArgs
{
	int			n;
	int			argno[WINPART_MAX_ARGS];
	Oid			typid[WINPART_MAX_ARGS];	/* for a row error's values */
	int16		typlen[WINPART_MAX_ARGS];
	bool		typbyval[WINPART_MAX_ARGS];
} WinpartArgs;

/*
 * Add argument argno of the call flinfo describes to args, unless it is
 * there already or argno is negative (an argument the function lacks).
 */
extern void winpart_args_add(WinpartArgs *args, FmgrInfo *flinfo, int argno);

typedef void (*WinpartVisitor) (void *arg, const WinpartRow *row);

extern int64 winpart_scan(WindowObject winobj, const char *func,
						  const WinpartArgs *args,
						  WinpartVisitor visit, void *arg);

/* args of the current row, as winpart_scan would give them (pos -1) */
extern void winpart_current_row(WindowObject winobj, const WinpartArgs *args,
								WinpartRow *row);

/*
 * The errors that name a row: "<func>: <message>" with the detail "Row N of
 * the window partition." (N 1-based), SQLSTATE as given (22023 for an
 * invalid value, 22003 for one out of range, 22004 for a refused NULL).
 * Raised while winpart_scan visits that row, the detail also shows the
 * row's values of the arguments the scan reads ("Row 3 of the window
 * partition: argument 1 = 0.5, argument 2 = NaN."), so that the user can
 * find the row with a WHERE on them.  errdetail_winpart_row() is that
 * detail, for an ereport with a hint.
 */
EGOV_NORETURN_PREFIX extern void winpart_row_error(const char *func, int64 pos,
												   int sqlerrcode,
												   const char *fmt,...)
			pg_attribute_printf(4, 5) EGOV_NORETURN_SUFFIX;
extern int	errdetail_winpart_row(int64 pos);

/*
 * 22023 "<func>: <name> must be the same for every row of a partition",
 * detail "Row A has <a>, row B has <b>." (rows 0-based here): for a
 * parameter read row by row that must not vary (zscore's population).
 */
EGOV_NORETURN_PREFIX extern void winpart_param_differs(const char *func,
													   const char *name,
													   int64 row_a, const char *a,
													   int64 row_b, const char *b)
			EGOV_NORETURN_SUFFIX;

/*
 * The text argument argno of row pos (the current row), one of n names
 * compared exactly: its index.  22023 naming the row for a NULL ("<func>:
 * <what> must not be NULL") or another text ("<func>: unknown <what>
 * "<text>"", with hint): the method or option name of a window function.
 */
extern int	winpart_name_arg(WindowObject winobj, const char *func, int argno,
							 const char *what, const char *const *names, int n,
							 const char *hint, int64 pos);

/*
 * A check of a value read from row pos: raises a row error naming func and
 * what (the value's name, e.g. "input", "OSI") unless it is acceptable.  It
 * must reject NaN (NULLs are stored as NaN).
 */
typedef void (*WinpartCheck) (const char *func, const char *what,
							  float8 value, int64 pos);

/* 22023 "<func>: <what> must be finite, got <value>" */
extern void winpart_check_finite(const char *func, const char *what,
								 float8 value, int64 pos);

/* 22003 "<func>: <what> must be between 0 and 1, got <value>" (NaN fails) */
extern void winpart_check_unit_interval(const char *func, const char *what,
										float8 value, int64 pos);

/*
 * k float8 arguments of every row of the partition, read once, by partition
 * position: 8 bytes a row and column, allocated in cxt.  A row with a NULL
 * in any of the k columns is stored as NaN in every column and not checked;
 * winpart_isnull() tells it apart (every check rejects NaN).
 */
typedef struct WinpartColumns
{
	int64		rows;			/* rows in the partition */
	int64		valid;			/* rows without a NULL */
	int			ncols;
	float8	   *col[WINPART_MAX_ARGS]; /* [rows] each */
} WinpartColumns;

#define winpart_isnull(v)	isnan(v)

extern void winpart_read_columns(WindowObject winobj, const char *func,
								 int ncols, const int *argnos,
								 const char *const *whats, WinpartCheck check,
								 MemoryContext cxt, WinpartColumns *out);

/* One float8 column: the k = 1 case of winpart_read_columns. */
typedef struct WinpartColumn
{
	int64		rows;
	int64		valid;			/* rows whose value is not NULL */
	float8	   *values;			/* [rows]; NaN: NULL */
} WinpartColumn;

extern void winpart_read_column(WindowObject winobj, const char *func,
								int argno, const char *what,
								WinpartCheck check, MemoryContext cxt,
								WinpartColumn *out);

/*
 * The partition positions of column's non-NULL values (4 bytes each),
 * sorted by value, ascending or descending, in the current memory context.
 * Equal values come in no particular order.
 */
extern int32 *winpart_sorted_positions(const WinpartColumn *column,
									   bool descending);

/*
 * Parameters (a threshold, a count, a seed) that must be the same on every
 * row of the partition.  An argument the planner knows to be stable (a
 * constant, a query parameter: get_fn_expr_arg_stable) is read once, from
 * the current row, as PostgreSQL's windowfuncs.c does; any other is read
 * from every row, in one scan for all of them, and must be equal on every
 * row.  A NULL, or a row that differs from the first, raises 22023 naming
 * the parameter (and the first differing row).  Only int4 and float8.
 */
typedef struct WinpartParam
{
	int			argno;
	const char *name;
	bool		is_float8;		/* else int4 */
} WinpartParam;

extern void winpart_const_args(FunctionCallInfo fcinfo, WindowObject winobj,
							   const char *func, int nparams,
							   const WinpartParam *params, Datum *values);

#endif							/* EGOV_WINPART_H */
