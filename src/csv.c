/*
 * csv.c — egov.csv_records(csv text, delimiter text): split CSV text into
 * records, each with the line number it starts on.
 *
 * The parser only splits; it does not judge the content.  Validation (which
 * columns, which values) is the caller's business in SQL, where each error
 * can name the line, the column and the value.  What the parser itself
 * refuses, with SQLSTATE 22P02 and the line number, is text that is not CSV
 * at all: an unterminated quoted field (reported on the line the quote
 * opens), a quote inside an unquoted field (with a word about the
 * delimiter when the field holds another common one), text after a closing
 * quote.  Messages quote whole characters, never part of a UTF-8 sequence.
 *
 * Accepted: a leading UTF-8 byte-order mark (dropped), records ended by LF,
 * CRLF or a lone CR, a last record without a line end, fields quoted with
 * '"' ("" is a quote inside a quoted field; a quoted field may span lines).
 * Empty lines produce no record.  Fields are returned as written, spaces
 * included.  A record of more than CSV_MAX_FIELDS fields raises 54000 with
 * its line.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "csv.h"
#include "egov.h"

PG_FUNCTION_INFO_V1(egov_csv_records);
PG_FUNCTION_INFO_V1(egov_csv_body);

/* egov.visible_text, in country_key.c */
extern Datum egov_visible_text(PG_FUNCTION_ARGS);

/*
 * Fields per record: far above any survey file (tens of columns), and far
 * below what a text[] of empty fields can hold before its allocation fails
 * with an error that names neither the line nor the cause.
 */
#define CSV_MAX_FIELDS	100000

/*
 * Text from the input for a message, as egov.visible_text shows it: a line
 * end, a zero-width or combining character is written <U+XXXX> rather than
 * breaking or hiding in the message (egov's tables need UTF8; csv_records
 * alone may run in another encoding, where the text is shown as it is).
 */
char *
csv_visible(const char *s, int len)
{
	text	   *t = cstring_to_text_with_len(s, len);

	if (GetDatabaseEncoding() != PG_UTF8)
		return text_to_cstring(t);
	return TextDatumGetCString(DirectFunctionCall1(egov_visible_text, PointerGetDatum(t)));
}

/* Consume a line end at c->p if there is one; true if consumed. */
static bool
csv_eat_line_end(CsvCursor *c)
{
	if (c->p < c->end && *c->p == '\r')
	{
		c->p++;
		if (c->p < c->end && *c->p == '\n')
			c->p++;
		c->line++;
		return true;
	}
	if (c->p < c->end && *c->p == '\n')
	{
		c->p++;
		c->line++;
		return true;
	}
	return false;
}

/*
 * Bytes of the character at c->p (1 for ASCII), never past the end: a
 * message quoting it must not cut a UTF-8 sequence in half, or a client in
 * another encoding gets a conversion error instead of the message.
 */
static int
csv_char_len(const CsvCursor *c)
{
	int			len = pg_mblen(c->p);

	return Min(len, (int) (c->end - c->p));
}

/*
 * The field read so far holds a common delimiter other than ours (";",
 * tab, "|"): the likely reason for a quote inside it is a file separated by
 * that character.  Returns it, or '\0'.
 */
static char
csv_other_delimiter(const CsvCursor *c, const char *field, int len)
{
	static const char candidates[] = {';', '\t', '|'};

	for (size_t i = 0; i < lengthof(candidates); i++)
		if (candidates[i] != c->delimiter && memchr(field, candidates[i], len) != NULL)
			return candidates[i];
	return '\0';
}

static inline bool
csv_at_field_end(const CsvCursor *c)
{
	return c->p >= c->end || *c->p == c->delimiter ||
		*c->p == '\r' || *c->p == '\n';
}

/*
 * Read one field onto the end of buf, leaving c->p on the delimiter, the
 * line end or the end of input.  record_line is the line the record started
 * on, for messages; field_no counts from 1.
 */
static void
csv_read_field(CsvCursor *c, StringInfo buf, int32 record_line, int field_no)
{
	int			start = buf->len;

	if (c->p < c->end && *c->p == '"')
	{
		int32		open_line = c->line;

		c->p++;
		for (;;)
		{
			CHECK_FOR_INTERRUPTS();
			if (c->p >= c->end)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("CSV line %d, field %d: unterminated quoted field",
								open_line, field_no),
						 errdetail("The quote opened on line %d is never closed.",
								   open_line)));
			if (*c->p == '"')
			{
				if (c->p + 1 < c->end && c->p[1] == '"')
				{
					appendStringInfoChar(buf, '"');
					c->p += 2;
					continue;
				}
				c->p++;
				break;
			}
			if (*c->p == '\n' || (*c->p == '\r' &&
								  !(c->p + 1 < c->end && c->p[1] == '\n')))
			{
				c->line++;
				/* so can one quoted field of millions of lines */
				CHECK_FOR_INTERRUPTS();
			}
			appendStringInfoChar(buf, *c->p);
			c->p++;
		}
		if (!csv_at_field_end(c))
		{
			int			len = csv_char_len(c);

			/*
			 * A quoted field that spans lines and then runs into text is
			 * most likely a quote left open on the line it started: report
			 * that line, not the one where the parser noticed.
			 */
			if (open_line != c->line)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("CSV line %d, field %d: unterminated quoted field",
								open_line, field_no),
						 errdetail("The quote opened on line %d runs to line %d, where \"%s\" follows it.",
								   open_line, c->line, csv_visible(c->p, len)),
						 errhint("Close the quote on line %d, or write a quote inside a field as two quotes.",
								 open_line)));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("CSV line %d, field %d: unexpected character \"%s\" after a closing quote",
							c->line, field_no, csv_visible(c->p, len)),
					 errhint("A quote inside a quoted field is written as two quotes.")));
		}
		return;
	}

	while (!csv_at_field_end(c))
	{
		CHECK_FOR_INTERRUPTS();
		if (*c->p == '"')
		{
			char		other = csv_other_delimiter(c, buf->data + start,
													buf->len - start);

			if (other != '\0')
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("CSV line %d, field %d: quote inside an unquoted field",
								record_line, field_no),
						 errdetail("The field holds \"%s\": the file looks separated by \"%s\", not by \"%c\".",
								   other == '\t' ? "\\t" : (other == ';' ? ";" : "|"),
								   other == '\t' ? "\\t" : (other == ';' ? ";" : "|"),
								   c->delimiter),
						 errhint("Pass the delimiter, e.g. delimiter => '%s'.",
								 other == '\t' ? "\\t" : (other == ';' ? ";" : "|"))));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("CSV line %d, field %d: quote inside an unquoted field",
							record_line, field_no),
					 errhint("Quote the whole field and write a quote inside it as two quotes.")));
		}
		appendStringInfoChar(buf, *c->p);
		c->p++;
	}
}

void
csv_cursor_init(CsvCursor *c, text *csv, text *delim_text)
{
	if (VARSIZE_ANY_EXHDR(delim_text) != 1 ||
		IS_HIGHBIT_SET(*VARDATA_ANY(delim_text)) ||
		*VARDATA_ANY(delim_text) == '"' ||
		*VARDATA_ANY(delim_text) == '\r' ||
		*VARDATA_ANY(delim_text) == '\n')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("CSV delimiter must be one ASCII character other than a quote or a line end, got \"%s\"",
						csv_visible(VARDATA_ANY(delim_text), VARSIZE_ANY_EXHDR(delim_text)))));

	c->p = VARDATA_ANY(csv);
	c->end = c->p + VARSIZE_ANY_EXHDR(csv);
	c->line = 1;
	c->delimiter = *VARDATA_ANY(delim_text);

	/* a UTF-8 byte-order mark is an encoding artefact, not data */
	if (c->end - c->p >= 3 && memcmp(c->p, "\xEF\xBB\xBF", 3) == 0)
		c->p += 3;
}

void
csv_record_init(CsvRecord *rec)
{
	rec->line = 0;
	rec->nfields = 0;
	rec->maxfields = 16;
	rec->start = palloc(rec->maxfields * sizeof(int));
	rec->len = palloc(rec->maxfields * sizeof(int));
	initStringInfo(&rec->buf);
}

bool
csv_next_record(CsvCursor *c, CsvRecord *rec)
{
	/* an empty line is no record */
	for (;;)
	{
		/* a file of millions of lines can be cancelled */
		CHECK_FOR_INTERRUPTS();
		if (c->p >= c->end)
			return false;
		if (!csv_eat_line_end(c))
			break;
	}

	rec->line = c->line;
	rec->nfields = 0;
	resetStringInfo(&rec->buf);
	for (;;)
	{
		if (rec->nfields == CSV_MAX_FIELDS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("CSV line %d: more than %d fields", rec->line, CSV_MAX_FIELDS),
					 errhint("A survey file has tens of columns: check the delimiter.")));
		if (rec->nfields == rec->maxfields)
		{
			rec->maxfields *= 2;
			rec->start = repalloc(rec->start, rec->maxfields * sizeof(int));
			rec->len = repalloc(rec->len, rec->maxfields * sizeof(int));
		}
		rec->start[rec->nfields] = rec->buf.len;
		csv_read_field(c, &rec->buf, rec->line, rec->nfields + 1);
		rec->len[rec->nfields] = rec->buf.len - rec->start[rec->nfields];
		appendStringInfoChar(&rec->buf, '\0');
		rec->nfields++;
		if (c->p < c->end && *c->p == c->delimiter)
		{
			c->p++;
			continue;
		}
		csv_eat_line_end(c);
		return true;
	}
}

bool
csv_record_blank(const CsvRecord *rec)
{
	int			i;

	for (i = 0; i < rec->nfields; i++)
	{
		const char *f = rec->buf.data + rec->start[i];
		int			k;

		for (k = 0; k < rec->len[i]; k++)
			if (f[k] != ' ')
				return false;
	}
	return true;
}

Datum
csv_record_array(const CsvRecord *rec)
{
	Datum	   *elems = palloc(Max(rec->nfields, 1) * sizeof(Datum));
	int			i;

	for (i = 0; i < rec->nfields; i++)
		elems[i] = PointerGetDatum(cstring_to_text_with_len(rec->buf.data + rec->start[i],
															 rec->len[i]));
	return PointerGetDatum(construct_array(elems, rec->nfields, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * A record as a row (line_no, fields) of the SRF's tuplestore, its array
 * built in cxt, which is reset once the tuplestore has a copy.
 */
static void
csv_put_record(ReturnSetInfo *rsinfo, const CsvRecord *rec, MemoryContext cxt)
{
	MemoryContext old_cxt = MemoryContextSwitchTo(cxt);
	Datum		values[2];
	bool		nulls[2] = {false, false};

	values[0] = Int32GetDatum(rec->line);
	values[1] = csv_record_array(rec);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(old_cxt);
	MemoryContextReset(cxt);
}

/*
 * The start of a set-returning reader of (csv text, delimiter text): the
 * cursor on the text, the result's tuplestore, the record, and the context
 * each row is built in (returned).
 */
static MemoryContext
csv_srf_begin(FunctionCallInfo fcinfo, CsvCursor *cursor, CsvRecord *rec)
{
	csv_cursor_init(cursor, PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1));
	InitMaterializedSRF(fcinfo, 0);
	csv_record_init(rec);
	return AllocSetContextCreate(CurrentMemoryContext, "egov CSV record",
								 ALLOCSET_DEFAULT_SIZES);
}

/*
 * egov.csv_records(csv text, delimiter text DEFAULT ',')
 *   RETURNS TABLE (line_no integer, fields text[])
 */
Datum
egov_csv_records(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CsvCursor	cursor;
	CsvRecord	rec;
	MemoryContext record_cxt;

	record_cxt = csv_srf_begin(fcinfo, &cursor, &rec);
	while (csv_next_record(&cursor, &rec))
		csv_put_record(rsinfo, &rec, record_cxt);
	MemoryContextDelete(record_cxt);
	return (Datum) 0;
}

/*
 * egov._csv_body(csv text, delimiter text DEFAULT ',')
 *   RETURNS TABLE (line_no integer, fields text[])
 *
 * The header, then the data records, skipping records of blank fields.  The
 * whole text is split before a field count is judged, so text that is not
 * CSV is reported before a wrong count on an earlier line; then the first
 * wrong count (22P02), then a text without header or data (22023).
 * (STRICT: egov._csv_columns and the loaders refuse a NULL text or
 * delimiter with 22004.)
 */
Datum
egov_csv_body(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CsvCursor	cursor;
	CsvRecord	rec;
	MemoryContext record_cxt;
	int			width = -1;
	int64		data_lines = 0;
	int32		bad_line = 0;
	int			bad_count = 0;

	record_cxt = csv_srf_begin(fcinfo, &cursor, &rec);
	while (csv_next_record(&cursor, &rec))
	{
		if (width < 0)
			width = rec.nfields;
		else if (csv_record_blank(&rec))
			continue;
		else if (rec.nfields != width)
		{
			if (bad_line == 0)
			{
				bad_line = rec.line;
				bad_count = rec.nfields;
			}
			continue;
		}
		else
			data_lines++;
		if (bad_line == 0)		/* else refused at the end: nothing more to keep */
			csv_put_record(rsinfo, &rec, record_cxt);
	}
	MemoryContextDelete(record_cxt);

	if (bad_line != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("line %d: %d fields, but the header has %d",
						bad_line, bad_count, width)));
	if (width < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the CSV text is empty: no header line")));
	if (data_lines == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the CSV has a header but no data lines")));
	return (Datum) 0;
}
