/*
 * un_csv_rows.c — egov._un_csv_rows: the row checks of egov.import_un_csv
 * and the values of the rows that pass them, in one pass over the file.
 *
 * The loader (sql/egov/55_loader.sql) has already read the header through
 * egov._csv_body (so the file is CSV and every record has the header's
 * field count) and found the columns with egov._csv_header; what it passes
 * here is the column positions in the order of its wanted columns:
 *
 *	 1 Survey Year, 2 Country Name, 3 rank, 4 EGDI, 5 EPI, 6 OSI, 7 HCI,
 *	 8 TII, 9 ISO3, 10 Assessed
 *
 * Every check of every data record is made, in line order and, within a
 * line, in the order listed in row_checks(); each problem is "SSSSS message"
 * with a hint or NULL beside it, so the loader raises the first or, in a
 * dry run, lists them all.  Values are judged as written (a field trimmed of
 * spaces, as btrim does), then a number is rounded to 15 decimals.  A
 * record with a problem contributes no values: the loader's later checks
 * (countries, repeats, consistency) read only the rows that passed.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "csv.h"
#include "egov.h"

PG_FUNCTION_INFO_V1(egov_un_csv_rows);
PG_FUNCTION_INFO_V1(egov_un_csv_countries);

/* egov.visible_text, in country_key.c */
extern Datum egov_visible_text(PG_FUNCTION_ARGS);

/* the wanted columns, numbered as the loader numbers them */
enum
{
	COL_YEAR = 1, COL_NAME, COL_RANK, COL_EGDI, COL_EPI, COL_OSI, COL_HCI,
	COL_TII, COL_ISO3, COL_ASSESSED, NUM_COLS = COL_ASSESSED
};

/* the result's columns, in the order of its OUT parameters */
enum
{
	OUT_PROBLEMS, OUT_HINTS, OUT_YEAR, OUT_LINE, OUT_NAME, OUT_NAME_COL,
	OUT_HCI_TEXT, OUT_RANK, OUT_EGDI, OUT_EPI, OUT_OSI, OUT_HCI, OUT_TII,
	OUT_ASSESSED, OUT_SPELLINGS, OUT_SPELLING, NUM_OUT
};

/*
 * A set of strings, numbered from 1 in the order first added (open
 * addressing on hash_bytes): the distinct spellings of the countries, so
 * that the loader looks each up once, and the codes already given.
 */
typedef struct StringSet
{
	int			n;				/* strings held */
	int			max;			/* room in str and len */
	const char **str;
	int		   *len;
	int			cap;			/* slots, a power of 2, at least 2n */
	int		   *slot;			/* 0 for free, else a string's number */
} StringSet;

static void
stringset_init(StringSet *set)
{
	set->n = 0;
	set->max = 64;
	set->str = palloc(set->max * sizeof(char *));
	set->len = palloc(set->max * sizeof(int));
	set->cap = 256;
	set->slot = palloc0(set->cap * sizeof(int));
}

static int
stringset_probe(const StringSet *set, const char *s, int len)
{
	int			i = hash_bytes((const unsigned char *) s, len) & (set->cap - 1);

	while (set->slot[i] != 0 &&
		   !(set->len[set->slot[i] - 1] == len && memcmp(set->str[set->slot[i] - 1], s, len) == 0))
		i = (i + 1) & (set->cap - 1);
	return i;
}

/* The number of s (len bytes, kept by the caller); *added if it is new. */
static int
stringset_add(StringSet *set, const char *s, int len, bool *added)
{
	int			i = stringset_probe(set, s, len);
	int			k;

	*added = set->slot[i] == 0;
	if (!*added)
		return set->slot[i];
	if (set->n == set->max)
	{
		set->max *= 2;
		set->str = repalloc(set->str, set->max * sizeof(char *));
		set->len = repalloc(set->len, set->max * sizeof(int));
	}
	set->str[set->n] = s;
	set->len[set->n] = len;
	set->slot[i] = ++set->n;
	if (2 * set->n > set->cap)
	{
		/* rehash into twice the slots */
		pfree(set->slot);
		set->cap *= 2;
		set->slot = palloc0(set->cap * sizeof(int));
		for (k = 0; k < set->n; k++)
			set->slot[stringset_probe(set, set->str[k], set->len[k])] = k + 1;
	}
	return set->n;
}

/* A field of the record: as written, and trimmed of spaces; NULL if absent. */
typedef struct Field
{
	bool		isnull;
	const char *raw;			/* NUL-terminated */
	const char *s;				/* trimmed, not terminated */
	int			len;
} Field;

/* Everything one call collects. */
typedef struct RowsState
{
	const char *names[NUM_COLS + 1];	/* column names for messages */
	int			pos[NUM_COLS + 1];	/* 0 for an absent column */
	bool		have_year;		/* the survey_year argument */
	int32		survey_year;
	bool		have_first;		/* the first data record's year, if written as one */
	int32		first_year;
	int32		first_line;
	bool		have_min_year;
	int32		min_year;
	Datum		zero;			/* numeric constants for the range checks */
	Datum		one;
	Datum		limit;			/* 1e300 */
	Datum		comma_pattern;	/* a number written with a decimal comma */
	ArrayBuildState *out[NUM_OUT];
	StringSet	spellings;		/* names as written, in result_cxt */
	MemoryContext result_cxt;
} RowsState;

static const char *const decimal_comma_hint =
"The number is written with a decimal comma: write a decimal point (0.98474 for 0,98474).";

static Field
get_field(const CsvRecord *rec, const RowsState *st, int col)
{
	Field		f;
	int			i = st->pos[col] - 1;

	f.isnull = i < 0 || i >= rec->nfields;
	if (f.isnull)
	{
		f.raw = f.s = "";
		f.len = 0;
		return f;
	}
	f.raw = f.s = rec->buf.data + rec->start[i];
	f.len = rec->len[i];
	while (f.len > 0 && *f.s == ' ')
		f.s++, f.len--;
	while (f.len > 0 && f.s[f.len - 1] == ' ')
		f.len--;
	return f;
}

/* the trimmed text of a field as a C string (in the current context) */
static char *
trimmed(const Field *f)
{
	return pnstrdup(f->s, f->len);
}

static bool
all_digits(const char *s, int len)
{
	int			i;

	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* ^[0-9]{4}$ */
static bool
is_year(const char *s, int len)
{
	return len == 4 && all_digits(s, len);
}

/* ^[0-9]{1,9}(\.0*)?$; *digits gets the length of the integer part */
static bool
is_rank(const char *s, int len, int *digits)
{
	int			n = 0;
	int			i;

	while (n < len && s[n] >= '0' && s[n] <= '9')
		n++;
	if (n < 1 || n > 9)
		return false;
	if (n < len)
	{
		if (s[n] != '.')
			return false;
		for (i = n + 1; i < len; i++)
			if (s[i] != '0')
				return false;
	}
	*digits = n;
	return true;
}

/* ^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?$, the number rule of egov._csv_number_problem */
static bool
is_number(const char *s, int len)
{
	int			i = 0;
	int			digits = 0;
	int			k;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < len && s[i] == '.')
	{
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
	}
	if (digits == 0)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		for (k = 0; i < len && s[i] >= '0' && s[i] <= '9'; k++)
			i++;
		if (k < 1 || k > 3)
			return false;
	}
	return i == len;
}

static int32
digits_value(const char *s, int len)
{
	int32		v = 0;
	int			i;

	for (i = 0; i < len; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static Datum
numeric_of(const char *s)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(s),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static int
numeric_compare(Datum a, Datum b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, a, b));
}

static void
add_problem(RowsState *st, const char *sqlstate, const char *message, const char *hint)
{
	char	   *problem = psprintf("%s %s", sqlstate, message);

	accumArrayResult(st->out[OUT_PROBLEMS], PointerGetDatum(cstring_to_text(problem)),
					 false, TEXTOID, st->result_cxt);
	accumArrayResult(st->out[OUT_HINTS],
					 hint ? PointerGetDatum(cstring_to_text(hint)) : (Datum) 0,
					 hint == NULL, TEXTOID, st->result_cxt);
}

/* a field as egov.visible_text writes it */
static char *
visible(const Field *f)
{
	return TextDatumGetCString(DirectFunctionCall1(egov_visible_text,
												   PointerGetDatum(cstring_to_text(f->raw))));
}

/*
 * The number fields: NULL if empty; else a number as written (22P02) with
 * a magnitude below 1e300 (22003), and in [0, 1] as written except the
 * HCI, whose values above 1 the loader judges once the country is known
 * (22003).  A field has at most one problem; the hint names a decimal comma.
 * Returns whether the field passed; *value is its value rounded to 15
 * decimals, or NULL.
 */
static bool
check_number(RowsState *st, const CsvRecord *rec, int col, Datum *value, bool *isnull)
{
	Field		f = get_field(rec, st, col);
	const char *name = st->names[col];
	char	   *message = NULL;
	char	   *sqlstate = NULL;
	Datum		x;

	*isnull = true;
	*value = (Datum) 0;
	if (f.isnull || f.len == 0)
		return true;
	if (!is_number(f.s, f.len))
	{
		sqlstate = "22P02";
		message = psprintf("line %d, column \"%s\": \"%s\" is not a number", rec->line, name, visible(&f));
	}
	else
	{
		x = numeric_of(trimmed(&f));
		if (numeric_compare(DirectFunctionCall1(numeric_abs, x), st->limit) >= 0)
		{
			sqlstate = "22003";
			message = psprintf("line %d, column \"%s\": %s is out of range (magnitude below 1e300)",
							   rec->line, name, trimmed(&f));
		}
		else if (numeric_compare(x, st->zero) < 0 ||
				 (col != COL_HCI && numeric_compare(x, st->one) > 0))
		{
			sqlstate = "22003";
			message = psprintf("line %d, column \"%s\": %s is out of range (0 to 1)",
							   rec->line, name, trimmed(&f));
		}
		else
		{
			if (DatumGetInt32(DirectFunctionCall1(numeric_scale, x)) > 15)
				x = DirectFunctionCall1(numeric_trim_scale,
										DirectFunctionCall2(numeric_round, x, Int32GetDatum(15)));
			*value = x;
			*isnull = false;
			return true;
		}
	}
	add_problem(st, sqlstate, message,
				DatumGetBool(DirectFunctionCall2Coll(textregexeq, DEFAULT_COLLATION_OID,
													 PointerGetDatum(cstring_to_text(f.raw)),
													 st->comma_pattern))
				? decimal_comma_hint : NULL);
	return false;
}

/* ascii lower case of the trimmed field equals word */
static bool
field_is(const Field *f, const char *word)
{
	int			i;

	if ((int) strlen(word) != f->len)
		return false;
	for (i = 0; i < f->len; i++)
		if (pg_ascii_tolower((unsigned char) f->s[i]) != word[i])
			return false;
	return true;
}

/*
 * Every check of one data record, in order; when all pass, its values are
 * appended to the result's arrays.
 */
static void
row_checks(RowsState *st, const CsvRecord *rec, bool first)
{
	Field		year_field = get_field(rec, st, COL_YEAR);
	Field		rank = get_field(rec, st, COL_RANK);
	Field		iso3 = get_field(rec, st, COL_ISO3);
	Field		name = get_field(rec, st, COL_NAME);
	Field		assessed = get_field(rec, st, COL_ASSESSED);
	const char *year_name = st->names[COL_YEAR];
	const char *year_text;
	int			year_len;
	char		year_buf[16];
	int32		year = 0;
	bool		ok = true;
	int			rank_digits = 0;
	bool		rank_ok = false;
	Datum		numbers[NUM_COLS + 1];
	bool		number_null[NUM_COLS + 1];
	int			col;
	bool		assessed_null = true;
	bool		assessed_value = false;
	static const char *const yes[] = {"true", "t", "yes", "y", "1"};
	static const char *const no[] = {"false", "f", "no", "n", "0"};
	int			i;

	/* the year: the field where the file has the column, else survey_year */
	if (!year_field.isnull)
	{
		year_text = year_field.s;
		year_len = year_field.len;
	}
	else
	{
		snprintf(year_buf, sizeof(year_buf), "%d", st->survey_year);
		year_text = year_buf;
		year_len = strlen(year_buf);
	}
	if (first)
	{
		st->first_line = rec->line;
		st->have_first = !year_field.isnull && is_year(year_field.s, year_field.len);
		if (st->have_first)
			st->first_year = digits_value(year_field.s, 4);
	}

	/* one file, one edition */
	if (!is_year(year_text, year_len))
	{
		add_problem(st, "22P02", psprintf("line %d, column \"%s\": \"%s\" is not a survey year",
										  rec->line, year_name, year_field.raw), NULL);
		ok = false;
	}
	else
	{
		year = digits_value(year_text, 4);
		if (year < 2001 || year > 2999)
		{
			add_problem(st, "22003", psprintf("line %d, column \"%s\": %d is out of range (2001 to 2999)",
											  rec->line, year_name, year), NULL);
			ok = false;
		}
		if (st->have_year && year != st->survey_year)
		{
			add_problem(st, "22023", psprintf("line %d, column \"%s\": %d differs from survey_year => %d",
											  rec->line, year_name, year, st->survey_year),
						"The file's year column and survey_year must agree.");
			ok = false;
		}
		else if (st->have_first && year != st->first_year)
		{
			add_problem(st, "22023", psprintf("line %d, column \"%s\": %d differs from %d on line %d",
											  rec->line, year_name, year, st->first_year, st->first_line),
						st->have_year ? "The file's year column and survey_year must agree."
						: "One file holds one edition; import each year separately.");
			ok = false;
		}
	}

	/* the country: the ISO3 column where given, else the name */
	if (iso3.len == 0 && name.len == 0)
	{
		add_problem(st, "22P02", psprintf("line %d, column \"%s\": the country name is empty",
										  rec->line, st->names[COL_NAME]), NULL);
		ok = false;
	}

	/* some exports write ranks as floats ("136.0") */
	if (rank.len > 0)
	{
		if (!is_rank(rank.s, rank.len, &rank_digits))
		{
			add_problem(st, "22P02", psprintf("line %d, column \"%s\": \"%s\" is not a rank",
											  rec->line, st->names[COL_RANK], rank.raw), NULL);
			ok = false;
		}
		else if (digits_value(rank.s, rank_digits) < 1)
		{
			add_problem(st, "22003", psprintf("line %d, column \"%s\": rank %d is out of range (at least 1)",
											  rec->line, st->names[COL_RANK], digits_value(rank.s, rank_digits)),
						NULL);
			ok = false;
		}
		else
			rank_ok = true;
	}

	for (col = COL_EGDI; col <= COL_TII; col++)
		if (!check_number(st, rec, col, &numbers[col], &number_null[col]))
			ok = false;

	if (assessed.len > 0)
	{
		for (i = 0; i < (int) lengthof(yes); i++)
		{
			if (field_is(&assessed, yes[i]))
				assessed_null = false, assessed_value = true;
			else if (field_is(&assessed, no[i]))
				assessed_null = false, assessed_value = false;
		}
		if (assessed_null)
		{
			add_problem(st, "22P02", psprintf("line %d, column \"%s\": \"%s\" is not yes or no",
											  rec->line, st->names[COL_ASSESSED], assessed.raw),
						"Write true/false, yes/no or 1/0; empty applies the rule (an EGDI known and not 0).");
			ok = false;
		}
	}

	if (!ok)
		return;

	/* passed: the row's values */
	if (!st->have_min_year || year < st->min_year)
		st->min_year = year, st->have_min_year = true;
	accumArrayResult(st->out[OUT_LINE], Int32GetDatum(rec->line), false, INT4OID, st->result_cxt);
	{
		const Field *country = iso3.len > 0 ? &iso3 : &name;
		int			raw_len = strlen(country->raw);
		int			k;
		bool		added;
		MemoryContext old_cxt;

		accumArrayResult(st->out[OUT_NAME], PointerGetDatum(cstring_to_text(country->raw)),
						 false, TEXTOID, st->result_cxt);
		accumArrayResult(st->out[OUT_NAME_COL], Int32GetDatum(iso3.len > 0 ? COL_ISO3 : COL_NAME),
						 false, INT4OID, st->result_cxt);
		old_cxt = MemoryContextSwitchTo(st->result_cxt);
		k = stringset_add(&st->spellings, country->raw, raw_len, &added);
		if (added)
		{
			st->spellings.str[k - 1] = pnstrdup(country->raw, raw_len);
			accumArrayResult(st->out[OUT_SPELLINGS], PointerGetDatum(cstring_to_text(country->raw)),
							 false, TEXTOID, st->result_cxt);
		}
		MemoryContextSwitchTo(old_cxt);
		accumArrayResult(st->out[OUT_SPELLING], Int32GetDatum(k), false, INT4OID, st->result_cxt);
	}
	{
		Field		hci = get_field(rec, st, COL_HCI);

		accumArrayResult(st->out[OUT_HCI_TEXT],
						 hci.isnull ? (Datum) 0 : PointerGetDatum(cstring_to_text_with_len(hci.s, hci.len)),
						 hci.isnull, TEXTOID, st->result_cxt);
	}
	accumArrayResult(st->out[OUT_RANK], rank_ok ? Int32GetDatum(digits_value(rank.s, rank_digits)) : (Datum) 0,
					 !rank_ok, INT4OID, st->result_cxt);
	for (col = COL_EGDI; col <= COL_TII; col++)
		accumArrayResult(st->out[OUT_EGDI + (col - COL_EGDI)], numbers[col], number_null[col],
						 NUMERICOID, st->result_cxt);
	accumArrayResult(st->out[OUT_ASSESSED], BoolGetDatum(assessed_value), assessed_null,
					 BOOLOID, st->result_cxt);
}

/*
 * egov._un_csv_rows(csv text, delimiter text, pos integer[], names text[],
 *                   survey_year integer)
 *   RETURNS record (problems text[], hints text[], year integer,
 *                   line_no integer[], name text[], name_col integer[],
 *                   hci_text text[], rank integer[], egdi numeric[],
 *                   epi numeric[], osi numeric[], hci numeric[],
 *                   tii numeric[], assessed boolean[], spellings text[],
 *                   spelling integer[])
 *
 * survey_year 0 stands for none (STRICT: NULL in, NULL out).
 */
Datum
egov_un_csv_rows(PG_FUNCTION_ARGS)
{
	static const Oid out_types[NUM_OUT] = {
		TEXTOID, TEXTOID, InvalidOid, INT4OID, TEXTOID, INT4OID, TEXTOID, INT4OID,
		NUMERICOID, NUMERICOID, NUMERICOID, NUMERICOID, NUMERICOID, BOOLOID, TEXTOID, INT4OID
	};
	RowsState	st;
	TupleDesc	tupdesc;
	ArrayType  *pos_array;
	ArrayType  *names_array;
	Datum	   *elems;
	bool	   *elem_nulls;
	int			n;
	int			i;
	CsvCursor	cursor;
	CsvRecord	rec;
	int			width = -1;
	bool		first = true;
	MemoryContext row_cxt;
	MemoryContext old_cxt;
	Datum		values[NUM_OUT];
	bool		nulls[NUM_OUT];

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "egov._un_csv_rows: return type must be a row type");

	memset(&st, 0, sizeof(st));
	pos_array = PG_GETARG_ARRAYTYPE_P(2);
	names_array = PG_GETARG_ARRAYTYPE_P(3);
	deconstruct_array(pos_array, INT4OID, 4, true, TYPALIGN_INT, &elems, &elem_nulls, &n);
	if (n != NUM_COLS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov._un_csv_rows: %d column positions, expected %d", n, NUM_COLS)));
	for (i = 0; i < n; i++)
		st.pos[i + 1] = elem_nulls[i] ? 0 : DatumGetInt32(elems[i]);
	deconstruct_array(names_array, TEXTOID, -1, false, TYPALIGN_INT, &elems, &elem_nulls, &n);
	if (n != NUM_COLS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov._un_csv_rows: %d column names, expected %d", n, NUM_COLS)));
	for (i = 0; i < n; i++)
		st.names[i + 1] = elem_nulls[i] ? "" : TextDatumGetCString(elems[i]);
	st.survey_year = PG_GETARG_INT32(4);
	st.have_year = st.survey_year != 0;
	if (!st.have_year && st.pos[COL_YEAR] == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov._un_csv_rows: no year column and no survey_year")));
	st.zero = numeric_of("0");
	st.one = numeric_of("1");
	st.limit = numeric_of("1e300");
	st.comma_pattern = PointerGetDatum(cstring_to_text("^\\s*[+-]?[0-9]*,[0-9]+\\s*$"));
	st.result_cxt = CurrentMemoryContext;
	stringset_init(&st.spellings);
	for (i = 0; i < NUM_OUT; i++)
		if (OidIsValid(out_types[i]))
			st.out[i] = initArrayResult(out_types[i], st.result_cxt, false);

	csv_cursor_init(&cursor, PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1));
	csv_record_init(&rec);
	row_cxt = AllocSetContextCreate(CurrentMemoryContext, "egov UN CSV row",
									ALLOCSET_DEFAULT_SIZES);
	while (csv_next_record(&cursor, &rec))
	{
		if (width < 0)
		{
			width = rec.nfields;	/* the header */
			continue;
		}
		if (csv_record_blank(&rec))
			continue;
		/* egov._csv_body refused such a file before the loader came here */
		if (rec.nfields != width)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("line %d: %d fields, but the header has %d",
							rec.line, rec.nfields, width)));
		old_cxt = MemoryContextSwitchTo(row_cxt);
		row_checks(&st, &rec, first);
		MemoryContextSwitchTo(old_cxt);
		MemoryContextReset(row_cxt);
		first = false;
	}
	MemoryContextDelete(row_cxt);

	for (i = 0; i < NUM_OUT; i++)
	{
		nulls[i] = false;
		if (i == OUT_YEAR)
		{
			nulls[i] = !st.have_min_year;
			values[i] = Int32GetDatum(st.min_year);
		}
		else
			values[i] = makeArrayResult(st.out[i], st.result_cxt);
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls)));
}

/*
 * egov._un_csv_countries(line_no integer[], name text[], name_col integer[],
 *                        spelling integer[], codes text[], names text[],
 *                        all_repeats boolean)
 *   RETURNS record (iso3 text[], repeats text[])
 *
 * The rows' codes from those of their spellings (codes[spelling[i]], NULL
 * for an unknown country), and the rows that give a code an earlier row
 * gave, in line order, each "23505 message" naming the row's line, column
 * and name, the code and the earlier line: every one if all_repeats, else
 * the first (no message is written that nobody reads).
 */
Datum
egov_un_csv_countries(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum	   *lines;
	Datum	   *row_names;
	Datum	   *cols;
	Datum	   *spelling;
	Datum	   *codes;
	Datum	   *names;
	bool	   *codes_null;
	bool	   *names_null;
	bool	   *nulls;
	int			n, n_names, n_cols, n_spelling, n_codes, n_columns;
	bool		all_repeats = PG_GETARG_BOOL(6);
	Datum	   *iso3;
	bool	   *iso3_null;
	ArrayBuildState *repeats;
	StringSet	given;
	int		   *first_line;
	int			i;
	Datum		values[2];
	bool		result_nulls[2] = {false, false};
	int			dims[1];
	int			lbs[1] = {1};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "egov._un_csv_countries: return type must be a row type");
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(0), INT4OID, 4, true, TYPALIGN_INT, &lines, &nulls, &n);
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, -1, false, TYPALIGN_INT, &row_names, &nulls, &n_names);
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(2), INT4OID, 4, true, TYPALIGN_INT, &cols, &nulls, &n_cols);
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(3), INT4OID, 4, true, TYPALIGN_INT, &spelling, &nulls, &n_spelling);
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(4), TEXTOID, -1, false, TYPALIGN_INT, &codes, &codes_null, &n_codes);
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(5), TEXTOID, -1, false, TYPALIGN_INT, &names, &names_null, &n_columns);
	if (n_names != n || n_cols != n || n_spelling != n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("egov._un_csv_countries: line_no, name, name_col and spelling must be of one length")));

	iso3 = palloc(Max(n, 1) * sizeof(Datum));
	iso3_null = palloc(Max(n, 1) * sizeof(bool));
	first_line = palloc(Max(n, 1) * sizeof(int));	/* by code number */
	repeats = initArrayResult(TEXTOID, CurrentMemoryContext, false);
	stringset_init(&given);
	for (i = 0; i < n; i++)
	{
		int			k = DatumGetInt32(spelling[i]);
		text	   *code;
		int			number;
		bool		added;

		CHECK_FOR_INTERRUPTS();
		iso3_null[i] = k < 1 || k > n_codes || codes_null[k - 1];
		iso3[i] = iso3_null[i] ? (Datum) 0 : codes[k - 1];
		if (iso3_null[i])
			continue;
		code = DatumGetTextPP(iso3[i]);
		number = stringset_add(&given, VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), &added);
		if (added)
			first_line[number - 1] = DatumGetInt32(lines[i]);
		else if (all_repeats || repeats->nelems == 0)
		{
			int			col = DatumGetInt32(cols[i]);

			accumArrayResult(repeats,
							 PointerGetDatum(cstring_to_text(psprintf(
								 "23505 line %d, column \"%s\": \"%s\" is %s, which line %d already gave",
								 DatumGetInt32(lines[i]),
								 col >= 1 && col <= n_columns && !names_null[col - 1] ? TextDatumGetCString(names[col - 1]) : "",
								 TextDatumGetCString(row_names[i]), text_to_cstring(code),
								 first_line[number - 1]))),
							 false, TEXTOID, CurrentMemoryContext);
		}
	}

	dims[0] = n;
	values[0] = PointerGetDatum(construct_md_array(iso3, iso3_null, 1, dims, lbs, TEXTOID, -1, false, TYPALIGN_INT));
	values[1] = makeArrayResult(repeats, CurrentMemoryContext);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, result_nulls)));
}
