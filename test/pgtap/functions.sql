-- Invariants over every function of the extension, read from the catalogue:
-- one assertion per function and property, so a new function is checked
-- without being listed here.  Values and errors are in test/sql.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT * FROM no_plan();

CREATE TEMP VIEW member AS
SELECT p.oid, p.oid::regprocedure::text AS name, p.proname, p.prokind, p.provolatile,
       p.proisstrict, p.proparallel, p.pronargs, p.pronargdefaults, p.proargtypes,
       p.prorettype, p.probin, p.pronamespace, l.lanname
FROM pg_proc AS p
JOIN pg_language AS l ON l.oid = p.prolang
JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'egov');

CREATE FUNCTION pg_temp.p_src(f oid) RETURNS text LANGUAGE sql STABLE
RETURN (SELECT coalesce(prosrc, '') || coalesce(pg_get_function_sqlbody(oid), '') FROM pg_proc WHERE oid = f);

-- the loops below are not empty
SELECT cmp_ok((SELECT count(*) FROM member), '>=', 50::bigint, 'egov has at least 50 functions');
SELECT cmp_ok((SELECT count(*) FROM member WHERE prokind = 'w'), '>=', 12::bigint,
              'egov has at least 12 window functions');
SELECT cmp_ok((SELECT count(*) FROM member WHERE prorettype = 'trigger'::regtype), '>=', 10::bigint,
              'egov has at least 10 trigger functions');
SELECT cmp_ok((SELECT count(*) FROM member WHERE prokind = 'a'), '>=', 1::bigint,
              'egov has an aggregate');

-- every member is in schema egov, none in a schema users write to
SELECT is(pronamespace::regnamespace::text, 'egov', name || ' is in schema egov')
FROM member ORDER BY name;
SELECT is(c.relnamespace::regnamespace::text, 'egov', c.oid::regclass::text || ' is in schema egov')
FROM pg_class AS c
JOIN pg_depend AS d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'egov')
ORDER BY c.oid::regclass::text;
SELECT is(t.typnamespace::regnamespace::text, 'egov', t.oid::regtype::text || ' is in schema egov')
FROM pg_type AS t
JOIN pg_depend AS d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'egov')
ORDER BY t.oid::regtype::text;

-- a function that changes nothing may run in a parallel worker; one that
-- writes (the loaders, the triggers) must not
SELECT is(proparallel = 's', provolatile <> 'v',
          name || ' is PARALLEL SAFE exactly when it is not VOLATILE')
FROM member ORDER BY name;

-- VOLATILE exactly where a function changes the database (trigger functions,
-- the loaders import_* and load_*), reads the session (loading_bundled_data)
-- or checks the catalogue at its point of the extension script (_schema_check)
SELECT is(provolatile = 'v',
          prorettype = 'trigger'::regtype OR proname ~ '^(import|load)_'
              OR oid IN ('egov.loading_bundled_data()'::regprocedure, 'egov._schema_check()'::regprocedure),
          name || ' is VOLATILE exactly when it writes, reads the session or checks the schema')
FROM member ORDER BY name;

-- a function whose body reads egov's tables or views is not IMMUTABLE: its
-- result changes with their rows
SELECT isnt(m.provolatile, 'i'::"char", m.name || ' reads egov''s tables and is not IMMUTABLE')
FROM member AS m
WHERE m.lanname IN ('sql', 'plpgsql')
  AND EXISTS (SELECT FROM pg_class AS c
              WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind IN ('r', 'p', 'v')
                AND pg_temp.p_src(m.oid) ~ ('egov\.' || c.relname || '\M'))
ORDER BY m.name;

-- the C functions and the aggregate compute from their arguments only:
-- IMMUTABLE, but for loading_bundled_data, which reads the session's
-- loading flag, and egdi(osi, hci, tii, survey_year), which reads the
-- edition's weights from egov.edition_method (STABLE)
SELECT is(provolatile, CASE WHEN oid = 'egov.loading_bundled_data()'::regprocedure THEN 'v'
                            WHEN oid = 'egov.egdi(float8, float8, float8, integer)'::regprocedure THEN 's'
                            ELSE 'i' END::"char",
          name || ' is ' || CASE WHEN oid = 'egov.loading_bundled_data()'::regprocedure THEN 'VOLATILE'
                                 WHEN oid = 'egov.egdi(float8, float8, float8, integer)'::regprocedure THEN 'STABLE'
                                 ELSE 'IMMUTABLE' END)
FROM member WHERE lanname = 'c' OR prokind = 'a' ORDER BY name;
SELECT is(probin, '$libdir/egov', name || ' is in egov''s library')
FROM member WHERE lanname = 'c' ORDER BY name;

-- NULL in, NULL out: every plain C function with arguments is STRICT
SELECT ok(proisstrict, name || ' is STRICT')
FROM member WHERE lanname = 'c' AND prokind = 'f' AND pronargs > 0 ORDER BY name;

-- window functions are C (one pass over the partition)
SELECT is(lanname, 'c'::name, name || ' is a window function in C')
FROM member WHERE prokind = 'w' ORDER BY name;

-- trigger functions are internal (named _…) and VOLATILE
SELECT ok(proname LIKE '\_%' AND provolatile = 'v', name || ' is an internal VOLATILE trigger function')
FROM member WHERE prorettype = 'trigger'::regtype ORDER BY name;

-- aggregates combine partial states (parallel plans, Citus) in a state that
-- is not internal, through functions of egov
SELECT isnt(a.aggcombinefn, 0::regproc, m.name || ' has a combine function')
FROM member AS m JOIN pg_aggregate AS a ON a.aggfnoid = m.oid ORDER BY m.name;
SELECT isnt(a.aggtranstype::regtype::text, 'internal', m.name || '''s state is not internal')
FROM member AS m JOIN pg_aggregate AS a ON a.aggfnoid = m.oid ORDER BY m.name;
SELECT ok(a.aggtransfn::oid IN (SELECT oid FROM member) AND a.aggcombinefn::oid IN (SELECT oid FROM member)
          AND a.aggfinalfn::oid IN (SELECT oid FROM member),
          m.name || '''s support functions are egov''s')
FROM member AS m JOIN pg_aggregate AS a ON a.aggfnoid = m.oid ORDER BY m.name;

-- no call is ambiguous: no function has an overload whose arguments are
-- its own leading arguments with the rest defaulted (composite(x) must
-- find one function)
SELECT ok(NOT EXISTS (
              SELECT FROM member AS g
              WHERE g.proname = f.proname AND g.oid <> f.oid
                AND f.pronargs < g.pronargs AND f.pronargs >= g.pronargs - g.pronargdefaults
                AND (f.pronargs = 0
                     OR (g.proargtypes::oid[])[0:f.pronargs - 1] = (f.proargtypes::oid[])[0:f.pronargs - 1])),
          f.name || ' is not shadowed by an overload with defaults')
FROM member AS f ORDER BY f.name;

SELECT * FROM finish();
ROLLBACK;
