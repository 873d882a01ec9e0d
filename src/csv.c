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

#include "egov.h"

PG_FUNCTION_INFO_V1(egov_csv_records);

/* egov.visible_text, in country_key.c */
extern Datum egov_visible_text(PG_FUNCTION_ARGS);

/*
 * Fields per record: far above any survey file (tens of columns), and far
 * below what a text[] of empty fields can hold before its allocation fails
 * with an error that names neither the line nor the cause.
 */
#define CSV_MAX_FIELDS	100000

/* State of one parse: the input, where we are, and the current line. */
typedef struct CsvCursor
{
	const char *p;				/* next byte to read */
	const char *end;			/* one past the last byte */
	int32		line;			/* line number of *p, from 1 */
	char		delimiter;
} CsvCursor;

/*
 * Text from the input for a message, as egov.visible_text shows it: a line
 * end, a zero-width or combining character is written <U+XXXX> rather than
 * breaking or hiding in the message (egov's tables need UTF8; csv_records
 * alone may run in another encoding, where the text is shown as it is).
 */
static char *
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
csv_other_delimiter(const CsvCursor *c, const StringInfo buf)
{
	static const char candidates[] = {';', '\t', '|'};

	for (size_t i = 0; i < lengthof(candidates); i++)
		if (candidates[i] != c->delimiter && memchr(buf->data, candidates[i], buf->len) != NULL)
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
 * Read one field into buf, leaving c->p on the delimiter, the line end or
 * the end of input.  record_line is the line the record started on, for
 * messages; field_no counts from 1.
 */
static void
csv_read_field(CsvCursor *c, StringInfo buf, int32 record_line, int field_no)
{
	resetStringInfo(buf);

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
			char		other = csv_other_delimiter(c, buf);

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

/*
 * egov.csv_records(csv text, delimiter text DEFAULT ',')
 *   RETURNS TABLE (line_no integer, fields text[])
 */
Datum
egov_csv_records(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *csv = PG_GETARG_TEXT_PP(0);
	text	   *delim_text = PG_GETARG_TEXT_PP(1);
	CsvCursor	cursor;
	StringInfoData field;
	MemoryContext record_cxt;
	MemoryContext old_cxt;

	if (VARSIZE_ANY_EXHDR(delim_text) != 1 ||
		IS_HIGHBIT_SET(*VARDATA_ANY(delim_text)) ||
		*VARDATA_ANY(delim_text) == '"' ||
		*VARDATA_ANY(delim_text) == '\r' ||
		*VARDATA_ANY(delim_text) == '\n')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("CSV delimiter must be one ASCII character other than a quote or a line end, got \"%s\"",
						csv_visible(VARDATA_ANY(delim_text), VARSIZE_ANY_EXHDR(delim_text)))));

	InitMaterializedSRF(fcinfo, 0);

	cursor.p = VARDATA_ANY(csv);
	cursor.end = cursor.p + VARSIZE_ANY_EXHDR(csv);
	cursor.line = 1;
	cursor.delimiter = *VARDATA_ANY(delim_text);

	/* a UTF-8 byte-order mark is an encoding artefact, not data */
	if (cursor.end - cursor.p >= 3 &&
		memcmp(cursor.p, "\xEF\xBB\xBF", 3) == 0)
		cursor.p += 3;

	initStringInfo(&field);

	/* each record is built here and freed once the tuplestore has a copy */
	record_cxt = AllocSetContextCreate(CurrentMemoryContext, "egov CSV record",
									   ALLOCSET_DEFAULT_SIZES);

	while (cursor.p < cursor.end)
	{
		int32		record_line = cursor.line;
		ArrayBuildState *fields;
		int			field_no = 0;
		Datum		values[2];
		bool		nulls[2] = {false, false};

		/* a file of millions of lines can be cancelled */
		CHECK_FOR_INTERRUPTS();

		/* an empty line is no record */
		if (csv_eat_line_end(&cursor))
			continue;

		old_cxt = MemoryContextSwitchTo(record_cxt);
		fields = initArrayResult(TEXTOID, record_cxt, false);
		for (;;)
		{
			if (field_no == CSV_MAX_FIELDS)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("CSV line %d: more than %d fields", record_line, CSV_MAX_FIELDS),
						 errhint("A survey file has tens of columns: check the delimiter.")));
			csv_read_field(&cursor, &field, record_line, ++field_no);
			accumArrayResult(fields,
							 PointerGetDatum(cstring_to_text_with_len(field.data,
																	  field.len)),
							 false, TEXTOID, record_cxt);
			if (cursor.p < cursor.end && *cursor.p == cursor.delimiter)
			{
				cursor.p++;
				continue;
			}
			csv_eat_line_end(&cursor);
			break;
		}

		values[0] = Int32GetDatum(record_line);
		values[1] = makeArrayResult(fields, record_cxt);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(old_cxt);
		MemoryContextReset(record_cxt);
	}

	MemoryContextDelete(record_cxt);
	pfree(field.data);
	return (Datum) 0;
}
