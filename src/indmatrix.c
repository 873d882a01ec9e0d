/*
 * indmatrix.c — reading a partition's indicator arrays (see indmatrix.h).
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/memutils.h"

#include "egov.h"
#include "indmatrix.h"
#include "winpart.h"

typedef struct MatrixScan
{
	EgovIndicatorMatrix *m;
	const char *func;
	int			argno;
	MemoryContext cxt;			/* the caller's: the matrix lives there */
} MatrixScan;

#define row_error(func, pos, ...) \
	winpart_row_error(func, pos, ERRCODE_INVALID_PARAMETER_VALUE, __VA_ARGS__)

static void
matrix_row(void *arg, const WinpartRow *a)
{
	MatrixScan *s = arg;
	EgovIndicatorMatrix *m = s->m;
	int64		pos = a->pos;
	bool		isnull;
	Datum		datum = winpart_row_arg(a, s->argno, &isnull);
	ArrayType  *array;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	m->row_null[pos] = isnull;
	if (isnull)
		return;
	array = DatumGetArrayTypeP(datum);
	if (ARR_NDIM(array) != 1)
		row_error(s->func, pos, "indicators must be a non-empty one-dimensional array");
	deconstruct_array(array, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &nulls, &n);
	if (m->k == 0)
	{
		m->k = n;
		m->x = MemoryContextAllocHuge(s->cxt, m->rows * n * sizeof(float8));
		m->present = MemoryContextAllocHuge(s->cxt, m->rows * n * sizeof(bool));
		memset(m->present, 0, m->rows * n * sizeof(bool));
	}
	else if (n != m->k)
		row_error(s->func, pos, "this row has %d indicators, earlier rows have %d",
				  n, m->k);
	for (int j = 0; j < n; j++)
	{
		float8		x = nulls[j] ? 0.0 : DatumGetFloat8(elems[j]);

		if (!nulls[j] && (isnan(x) || isinf(x)))
			row_error(s->func, pos, "indicator %d must be finite, got %s",
					  j + 1, egov_float8_text(x));
		m->x[pos * n + j] = x;
		m->present[pos * n + j] = !nulls[j];
	}
}

void
egov_indmatrix_read(WindowObject winobj, FmgrInfo *flinfo, const char *func,
					int argno, EgovIndicatorMatrix *m)
{
	WinpartArgs args = {0};
	MatrixScan	s = {m, func, argno, CurrentMemoryContext};

	memset(m, 0, sizeof(*m));
	m->rows = winpart_rows(winobj, func);
	m->row_null = palloc0(Max(m->rows, 1) * sizeof(bool));
	winpart_args_add(&args, flinfo, argno);
	(void) winpart_scan(winobj, func, &args, matrix_row, &s);
}

static int
column_item_cmp(const void *a, const void *b)
{
	float8		x = ((const EgovColumnItem *) a)->x;
	float8		y = ((const EgovColumnItem *) b)->x;

	return x < y ? -1 : x > y ? 1 : 0;
}

int64
egov_indmatrix_column(const EgovIndicatorMatrix *m, int j, EgovColumnItem *items)
{
	int64		n = 0;

	CHECK_FOR_INTERRUPTS();
	for (int64 i = 0; i < m->rows; i++)
		if (egov_indmatrix_has(m, i, j))
		{
			items[n].x = m->x[i * m->k + j];
			items[n].row = i;
			n++;
		}
	qsort(items, n, sizeof(EgovColumnItem), column_item_cmp);
	return n;
}
