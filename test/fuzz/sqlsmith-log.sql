-- Tables that sqlsmith --log-to writes (its instance, error and stat rows),
-- in a database of their own next to the fuzzed one.
CREATE TABLE instance (
	id       bigserial PRIMARY KEY,
	rev      text,
	target   text,
	hostname text,
	version  text,
	seed     text,
	t        timestamptz DEFAULT now()
);
CREATE TABLE error (
	id       bigint REFERENCES instance (id),
	msg      text,
	query    text,
	target   text,
	sqlstate text,
	t        timestamptz DEFAULT now(),
	errid    bigserial PRIMARY KEY
);
CREATE TABLE stat (
	id        bigint REFERENCES instance (id),
	generated bigint,
	level     float8,
	nodes     float8,
	retries   float8,
	updated   timestamptz,
	impedance jsonb
);
