/*
 * indmatrix.h — a window partition's indicator arrays as one matrix, for the
 * functions that look at every row's indicators at once (strengths and
 * weaknesses, rank simulations, sensitivity).  Row after row, k columns;
 * NULL elements are absent, a NULL array is a NULL row.
 */
#ifndef EGOV_INDMATRIX_H
#define EGOV_INDMATRIX_H

#include "postgres.h"

#include "fmgr.h"
#include "windowapi.h"

typedef struct EgovIndicatorMatrix
{
	int64		rows;
	int			k;				/* 0 when every row is NULL */
	float8	   *x;				/* [rows * k]; absent: 0 */
	bool	   *present;		/* [rows * k] */
	bool	   *row_null;		/* [rows]: the array is NULL */
} EgovIndicatorMatrix;

static inline bool
egov_indmatrix_has(const EgovIndicatorMatrix *m, int64 row, int j)
{
	return !m->row_null[row] && m->present[row * m->k + j];
}

/*
 * Argument argno (float8[]) of every row, in the current memory context.
 * Each array must be one-dimensional, non-empty, of the first array's
 * length and finite (22023 naming the row and indicator).
 */
extern void egov_indmatrix_read(WindowObject winobj, FmgrInfo *flinfo,
								const char *func, int argno,
								EgovIndicatorMatrix *m);

/* a present value of one indicator, and its row */
typedef struct EgovColumnItem
{
	float8		x;
	int64		row;
} EgovColumnItem;

/*
 * Indicator j's present values and their rows into items (room for
 * m->rows), sorted ascending by value (equal values in no particular
 * order); returns how many.
 */
extern int64 egov_indmatrix_column(const EgovIndicatorMatrix *m, int j,
								   EgovColumnItem *items);

#endif							/* EGOV_INDMATRIX_H */
