-- Everything egov puts into a database is documented where psql shows it:
-- \dx+ egov lists the extension's members, \df+ / \dT+ / \d+ show their
-- comments and column comments, \df shows argument names.  The checks run
-- over every member of the extension (pg_depend deptype 'e'), whatever its
-- kind, so an object added later is covered without touching this file.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(11);

CREATE TEMP VIEW egov_member AS
SELECT d.classid, d.objid, pg_describe_object(d.classid, d.objid, 0) AS name
FROM pg_depend AS d
JOIN pg_extension AS e ON e.extname = 'egov'
WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid AND d.deptype = 'e';

-- Functions exempt from naming their arguments, because PostgreSQL calls them
-- by position with a signature it fixes, so a name would tell a user nothing:
--   * input/output/receive/send/typmod/analyze/subscript functions of a
--     member type;
--   * support functions of an aggregate whose state is `internal` (an opaque
--     pointer no user can build or read).
-- Trigger functions need no exemption: they cannot declare arguments.  An
-- aggregate's own arguments, and the support functions of an aggregate with a
-- readable state (egov.egdi_stats's float8[]), are named like any function.
CREATE TEMP VIEW egov_unnamed_args_allowed AS
SELECT DISTINCT f.oid, 'I/O or support function of type ' || t.oid::regtype::text AS why
FROM egov_member AS m
JOIN pg_type AS t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
JOIN pg_proc AS f ON f.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend,
                               t.typmodin, t.typmodout, t.typanalyze, t.typsubscript)
UNION
SELECT DISTINCT f.oid, 'support function of aggregate ' || a.aggfnoid::regprocedure::text
  || ' with an internal state'
FROM egov_member AS m
JOIN pg_aggregate AS a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
JOIN pg_proc AS f ON f.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn,
                               a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn)
WHERE 'internal'::regtype IN (a.aggtranstype, a.aggmtranstype);

-- The member listing itself works: it finds objects of each kind egov has,
-- so the checks below cannot pass over an empty set.
SELECT set_has(
    $$SELECT DISTINCT classid::regclass::text FROM egov_member$$,
    $$VALUES ('pg_proc'), ('pg_class'), ('pg_type')$$,
    'the member listing finds functions, relations and types of egov');
SELECT cmp_ok((SELECT count(*)::int FROM egov_member), '>=', 70,
    'the member listing finds at least the 70 members of 0.2.0');

SELECT isnt(obj_description((SELECT oid FROM pg_extension WHERE extname = 'egov'), 'pg_extension'),
    NULL, 'the extension has a comment (\dx)');

-- \dx+ egov: every object it lists has a COMMENT.  PostgreSQL 18 also lists
-- the implicit types, a table's or view's row type and each type's array
-- type: they are documented by their relation or element type, and \dT+
-- does not show them.
SELECT is_empty(
    $$SELECT m.name FROM egov_member AS m
      WHERE NOT EXISTS (SELECT FROM pg_description AS d
                        WHERE d.classoid = m.classid AND d.objoid = m.objid AND d.objsubid = 0)
        AND NOT EXISTS (SELECT FROM pg_type AS t
                        LEFT JOIN pg_class AS c ON c.oid = t.typrelid
                        WHERE m.classid = 'pg_type'::regclass AND t.oid = m.objid
                          AND (c.relkind IN ('r', 'v', 'm', 'p', 'f')
                               OR EXISTS (SELECT FROM pg_type AS e WHERE e.typarray = t.oid)))
      ORDER BY 1$$,
    'every member of the extension has a comment (\dx+ egov)');

-- \d+ egov.<table>, \d+ egov.<view>, \dT+ / \d+ egov.<composite type>
SELECT is_empty(
    $$SELECT m.name || ' column ' || a.attname FROM egov_member AS m
      JOIN pg_class AS c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid AND c.relkind IN ('r', 'p')
      JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE col_description(c.oid, a.attnum) IS NULL ORDER BY c.relname, a.attnum$$,
    'every column of every table has a comment');
SELECT is_empty(
    $$SELECT m.name || ' column ' || a.attname FROM egov_member AS m
      JOIN pg_class AS c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid AND c.relkind IN ('v', 'm')
      JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE col_description(c.oid, a.attnum) IS NULL ORDER BY c.relname, a.attnum$$,
    'every column of every view has a comment');
SELECT is_empty(
    $$SELECT m.name || ' attribute ' || a.attname FROM egov_member AS m
      JOIN pg_type AS t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid AND t.typtype = 'c'
      JOIN pg_attribute AS a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE col_description(t.typrelid, a.attnum) IS NULL ORDER BY t.typname, a.attnum$$,
    'every attribute of every composite type has a comment');

-- \df egov.*: arguments carry names (RETURNS TABLE and OUT columns too)
SELECT is_empty(
    $$SELECT p.oid::regprocedure::text || ' argument ' || i FROM egov_member AS m
      JOIN pg_proc AS p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
      CROSS JOIN generate_series(1, coalesce(cardinality(p.proallargtypes), p.pronargs)) AS i
      WHERE coalesce(p.proargnames[i], '') = ''
        AND p.oid NOT IN (SELECT oid FROM egov_unnamed_args_allowed)
      ORDER BY 1$$,
    'every argument of every function and aggregate has a name, outside the listed exemptions');
-- the exemptions stay what they say: no function a user calls falls under them
SELECT is_empty(
    $$SELECT x.oid::regprocedure::text || ': ' || x.why FROM egov_unnamed_args_allowed AS x
      WHERE EXISTS (SELECT FROM pg_aggregate WHERE aggfnoid = x.oid)
         OR (SELECT prokind FROM pg_proc WHERE oid = x.oid) <> 'f'$$,
    'no aggregate, window function or procedure is exempt from naming its arguments');
-- names read as words in named notation (population => true): lower-case
-- identifiers that need no quotes, and no positional placeholders
SELECT is_empty(
    $$SELECT p.oid::regprocedure::text || ' argument ' || n FROM egov_member AS m
      JOIN pg_proc AS p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
      CROSS JOIN unnest(p.proargnames) AS n
      WHERE n <> '' AND (n !~ '^[a-z][a-z0-9_]*$' OR n ~ '^(arg|param|p|a|b|v|col|column)[0-9]*$')
      ORDER BY 1$$,
    'argument names are plain lower-case words, not placeholders like arg1 or a');
SELECT is_empty(
    $$SELECT p.oid::regprocedure::text || ' arguments ' || array_to_string(p.proargnames, ', ')
      FROM egov_member AS m
      JOIN pg_proc AS p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
      WHERE (SELECT count(*) FROM unnest(p.proargnames) AS n WHERE n <> '')
         <> (SELECT count(DISTINCT n) FROM unnest(p.proargnames) AS n WHERE n <> '')$$,
    'no function repeats an argument name');

SELECT * FROM finish();
ROLLBACK;
