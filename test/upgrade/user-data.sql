-- What a user does to egov's tables between releases, for the upgrade test:
-- a year of their own through the loader (the 2022 edition relabelled
-- 2024), aliases and cities of their own (some with keys 0.4.0 computes
-- differently), a changed bundled row and a deleted one.
-- Each step runs only if the version installed has what it needs.
-- psql variable csv: the text of data/un-desa/EGOV_DATA_2022.csv.
\set ON_ERROR_STOP 1
SET search_path = pg_catalog, pg_temp;
SELECT set_config('egov_upgrade.csv', replace(:'csv', E'\n2022,', E'\n2024,'), false);
DO $$
BEGIN
	-- (by name: 0.4.0 added parameters with defaults)
	IF to_regproc('egov.import_un_csv') IS NOT NULL THEN
		PERFORM egov.import_un_csv(current_setting('egov_upgrade.csv'));
	END IF;
	IF to_regclass('egov.country_alias') IS NOT NULL THEN
		INSERT INTO egov.country_alias (alias, iso3) VALUES ('Frankreich', 'FRA');
		-- keys 0.4.0 folds differently (ß, a no-break space, an NFD accent),
		-- and a spelling 0.4.0 bundles, held here as a user's own
		INSERT INTO egov.country_alias (alias, iso3) VALUES
			(E'Gro\u00DFbritannien', 'GBR'), (E'Rep\u00A0Dominicana', 'DOM'),
			(E'Re\u0301publique tche\u0300que', 'CZE'), ('UK', 'GBR');
	END IF;
	IF to_regclass('egov.city') IS NOT NULL THEN
		INSERT INTO egov.city (iso3, name) VALUES ('DEU', E'Gie\u00DFen'), ('MUS', E'Port\u00A0Louis');
	END IF;
	IF to_regclass('egov.survey_score') IS NOT NULL THEN
		UPDATE egov.survey_score SET source_note = 'checked by hand'
		WHERE survey_year = 2022 AND iso3 = 'FRA';
		DELETE FROM egov.survey_score WHERE survey_year = 2003 AND iso3 = 'AFG';
	END IF;
END
$$;
