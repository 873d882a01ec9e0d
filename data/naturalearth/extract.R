# Natural Earth 1:50m admin-0 countries and tiny countries (public domain),
# as Debian's r-cran-rnaturalearthdata holds them, written out as plain text
# for convert.py, one line per ring or point:
#   ISO3 <tab> name <tab> kind <tab> lon,lat lon,lat ...
# kind: 0 a ring, 1 a hole, P a tiny country's point.  ISO3 is iso_a3, or
# adm0_a3 where Natural Earth has no iso_a3 (-99: France, Norway; Kosovo,
# Northern Cyprus and Somaliland keep codes of their own).
#
#   Rscript data/naturalearth/extract.R > /tmp/ne50.txt
suppressMessages(library(sp))
e <- new.env()
invisible(lazyLoad(file.path(find.package("rnaturalearthdata"), "data", "Rdata"), envir = e))
code <- function(d) {
	iso <- as.character(d$iso_a3)
	alt <- as.character(d$adm0_a3)
	bad <- is.na(iso) | iso == "-99"
	iso[bad] <- alt[bad]
	iso
}
x <- e$countries50
iso <- code(x@data)
for (i in seq_along(x@polygons)) {
	for (p in x@polygons[[i]]@Polygons) {
		xy <- p@coords
		cat(iso[i], "\t", as.character(x@data$name_long[i]), "\t", as.integer(p@hole), "\t",
			paste(sprintf("%.4f,%.4f", xy[, 1], xy[, 2]), collapse = " "), "\n", sep = "")
	}
}
t <- e$tiny_countries50
iso <- code(t@data)
for (i in seq_along(iso)) {
	cat(iso[i], "\t", as.character(t@data$name[i]), "\tP\t",
		sprintf("%.4f,%.4f", t@coords[i, 1], t@coords[i, 2]), "\n", sep = "")
}
