# egov — PGXS build.
#
# C sources are every src/*.c; the extension script egov--<version>.sql is
# assembled from sql/egov/*.sql in name order, so each concern lives in its
# own small file.  Hand-written upgrade scripts sql/egov--<a>--<b>.sql ship
# as they are.  pg_regress reads test/sql and test/expected (--inputdir=test).

EXTENSION   = egov
EXTVERSION  = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" egov.control)

MODULE_big  = egov
OBJS        = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

SCRIPT_SOURCES = $(sort $(wildcard sql/egov/*.sql))
EXT_SCRIPT  = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA        = $(EXT_SCRIPT) $(filter-out $(EXT_SCRIPT),$(wildcard sql/$(EXTENSION)--*--*.sql))
EXTRA_CLEAN = $(EXT_SCRIPT) $(EXT_SCRIPT).tmp

REGRESS      = $(sort $(patsubst test/sql/%.sql,%,$(wildcard test/sql/*.sql)))
REGRESS_OPTS = --inputdir=test --outputdir=test

PG_CPPFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
PG_CONFIG  ?= pg_config
PGXS       := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

all: $(EXT_SCRIPT)

# every object depends on every header: a stale object after a struct change
# corrupts memory silently
$(OBJS): $(wildcard src/*.h)

# Bundled data: in a script source, "@data:" + path + "@" stands for the bytes of the
# file PATH (under data/) as a dollar-quoted literal, so CREATE EXTENSION
# loads the UN tables through the same loader users call.
BUNDLED_DATA = $(sort $(wildcard data/un-desa/*.csv data/unu-egov/*.csv))
EMBED_DATA = perl -pe 's{\@data:([^@\s]+)\@}{embed($$1)}ge; \
	BEGIN { sub embed { my $$p = shift; open(my $$h, "<:raw", $$p) or die "$$p: $$!\n"; \
	local $$/; my $$t = <$$h>; die "$$p contains \$$egov_data\$$\n" if $$t =~ /\$$egov_data\$$/; \
	return "\$$egov_data\$$$$t\$$egov_data\$$"; } }'

$(EXT_SCRIPT): $(SCRIPT_SOURCES) egov.control $(BUNDLED_DATA)
	@{ echo "-- Generated from sql/egov/*.sql by make; edit those files instead."; \
	   printf "%s\n" "\\echo Use \"CREATE EXTENSION egov\" to load this file. \\quit"; \
	   for f in $(SCRIPT_SOURCES); do echo; echo "-- $$f"; $(EMBED_DATA) $$f || exit 1; done; } > $@.tmp && \
	mv $@.tmp $@


.PHONY: check-all demo
# The whole test suite on a throwaway cluster (what .ci/run runs).
check-all:
	bash test/run
# Build, install and print the EGDI report on a throwaway local cluster.
demo:
	bash bin/demo

# PGXN source distribution egov-<version>.zip of the committed tree (git
# archive: build artefacts and uncommitted changes stay out).  DISTDIR says
# where to write it.
DISTDIR ?= .
DIST_ZIP = $(DISTDIR)/$(EXTENSION)-$(EXTVERSION).zip
.PHONY: dist
dist:
	git archive --format zip --prefix $(EXTENSION)-$(EXTVERSION)/ --output $(DIST_ZIP) HEAD
	@echo "$(DIST_ZIP)"
