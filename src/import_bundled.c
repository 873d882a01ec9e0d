/*
 * import_bundled.c — egov.loading_bundled_data(): whether rows written now
 * are the extension's own bundled data.
 *
 * The survey tables hold both the data CREATE EXTENSION loads and rows users
 * add or change; only the latter belong in pg_dump's output.  A row is
 * bundled exactly when it is written by egov's own extension script, which
 * PostgreSQL signals with creating_extension and CurrentExtensionObject.  A
 * GUC or a session flag could not tell this apart as reliably: it would
 * outlive the script inside a single-transaction restore.
 */
#include "postgres.h"

#include "commands/extension.h"
#include "fmgr.h"

#include "egov.h"

PG_FUNCTION_INFO_V1(egov_loading_bundled_data);

Datum
egov_loading_bundled_data(PG_FUNCTION_ARGS)
{
	bool		bundled = false;

	if (creating_extension)
		bundled = (CurrentExtensionObject == get_extension_oid("egov", true));
	PG_RETURN_BOOL(bundled);
}
