// What a BI tool sees of egov's survey report through the PostgreSQL JDBC
// driver: column names and JDBC types, values of a few published rows, and
// EGDI groups counted on the client from the level column.
//
// java -cp postgresql.jar:. EgovJdbcCheck URL REPORT COLUMNS EXPECTED LEVELS
//   URL       JDBC URL of a database with egov
//   REPORT    the report view, schema-qualified, e.g. egov.egdi_report
//   COLUMNS   file of "name kind" lines (kind: integer, numeric, float, text)
//   EXPECTED  file of "iso3|column|value[|tolerance]" lines (edition 2022)
//   LEVELS    file of "level|countries" lines (edition 2022)
// Prints "ok - ..." / "not ok - ..." lines; exits 1 if any check fails.

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public class EgovJdbcCheck {
	private static int failed = 0;

	private static void check(boolean good, String what, String detail) {
		System.out.println((good ? "ok - " : "not ok - ") + what);
		if (!good) {
			failed++;
			System.out.println("#   " + detail);
		}
	}

	/* Lines of a spec file without comments and blank lines. */
	private static List<String> lines(String path) throws IOException {
		List<String> out = new ArrayList<>();
		for (String l : Files.readAllLines(Paths.get(path), StandardCharsets.UTF_8))
			if (!l.isBlank() && !l.startsWith("#"))
				out.add(l);
		return out;
	}

	/* Whether a JDBC type and the Java class of a value fit a kind. */
	private static boolean typeFits(String kind, int type) {
		switch (kind) {
			case "integer": return type == Types.INTEGER || type == Types.BIGINT || type == Types.SMALLINT;
			case "numeric": return type == Types.NUMERIC || type == Types.DECIMAL;
			case "float": return type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL;
			case "text": return type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
					|| type == Types.NVARCHAR || type == Types.NCHAR;
			default: throw new IllegalArgumentException("unknown kind " + kind);
		}
	}

	private static boolean classFits(String kind, Object value) {
		switch (kind) {
			case "integer": return value instanceof Integer || value instanceof Long || value instanceof Short;
			case "numeric": return value instanceof BigDecimal;
			case "float": return value instanceof Double || value instanceof Float;
			default: return value instanceof String;
		}
	}

	public static void main(String[] args) throws Exception {
		String url = args[0], report = args[1];
		Map<String, String> kinds = new LinkedHashMap<>();
		for (String l : lines(args[2])) {
			String[] f = l.trim().split("\\s+");
			kinds.put(f[0], f[1]);
		}
		List<String[]> expected = new ArrayList<>();
		Set<String> countries = new LinkedHashSet<>();
		for (String l : lines(args[3])) {
			String[] f = l.split("\\|", -1);
			expected.add(f);
			countries.add(f[0]);
		}
		Map<String, Long> levels = new TreeMap<>();
		for (String l : lines(args[4])) {
			String[] f = l.split("\\|");
			levels.put(f[0], Long.parseLong(f[1]));
		}

		try (Connection conn = DriverManager.getConnection(url);
			 Statement st = conn.createStatement()) {
			check(true, "connect to " + url, "");
			String in = "'" + String.join("', '", countries) + "'";
			Map<String, Map<String, Object>> rows = new TreeMap<>();
			try (ResultSet rs = st.executeQuery("SELECT * FROM " + report
					+ " WHERE survey_year = 2022 AND iso3 IN (" + in + ") ORDER BY iso3")) {
				ResultSetMetaData md = rs.getMetaData();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= md.getColumnCount(); i++)
					names.add(md.getColumnLabel(i));
				check(names.equals(new ArrayList<>(kinds.keySet())), "columns of " + report,
					  "got " + names + ", want " + kinds.keySet());
				for (int i = 1; i <= md.getColumnCount(); i++) {
					String kind = kinds.get(md.getColumnLabel(i));
					if (kind == null)
						continue;
					check(typeFits(kind, md.getColumnType(i)),
						  md.getColumnLabel(i) + " reaches JDBC as " + kind,
						  "JDBC type " + md.getColumnType(i) + " (" + md.getColumnTypeName(i) + ")");
				}
				while (rs.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 1; i <= md.getColumnCount(); i++)
						row.put(md.getColumnLabel(i), rs.getObject(i));
					rows.put(rs.getString("iso3"), row);
				}
			}
			check(rows.keySet().equals(countries), "one 2022 row for each of " + countries,
				  "got " + rows.keySet());

			for (String[] e : expected) {
				String iso3 = e[0], col = e[1], want = e[2], what = iso3 + " " + col + " = " + want;
				Map<String, Object> row = rows.get(iso3);
				Object got = row == null ? null : row.get(col);
				String kind = kinds.getOrDefault(col, "text");
				if (got == null) {
					check(false, what, "no value");
				} else if (!classFits(kind, got)) {
					check(false, what, "got " + got.getClass().getName() + " " + got);
				} else if (kind.equals("text")) {
					check(want.equals(got), what, "got '" + got + "'");
				} else {
					BigDecimal diff = new BigDecimal(got.toString()).subtract(new BigDecimal(want)).abs();
					BigDecimal tol = new BigDecimal(e.length > 3 ? e[3] : "0");
					check(diff.compareTo(tol) <= 0, what + (e.length > 3 ? " within " + e[3] : ""),
						  "got " + got);
				}
			}

			// BI tools browse views through DatabaseMetaData.getColumns.
			String[] rel = report.split("\\.");
			List<String> browsed = new ArrayList<>();
			try (ResultSet rs = conn.getMetaData().getColumns(null, rel[0], rel[1], null)) {
				while (rs.next()) {
					String col = rs.getString("COLUMN_NAME");
					browsed.add(col);
					String kind = kinds.get(col);
					if (kind != null)
						check(typeFits(kind, rs.getInt("DATA_TYPE")),
							  col + " is browsed through getColumns as " + kind,
							  "DATA_TYPE " + rs.getInt("DATA_TYPE") + " (" + rs.getString("TYPE_NAME") + ")");
				}
			}
			check(browsed.equals(new ArrayList<>(kinds.keySet())), "getColumns lists the columns of " + report,
				  "got " + browsed);

			// A BI tool groups on the client: count 2022 countries by level.
			Map<String, Long> counted = new TreeMap<>();
			try (ResultSet rs = st.executeQuery("SELECT level FROM " + report + " WHERE survey_year = 2022")) {
				while (rs.next()) {
					Object level = rs.getObject(1);
					String key = level instanceof String ? (String) level
						: "<" + (level == null ? "null" : level.getClass().getName()) + ">";
					counted.merge(key, 1L, Long::sum);
				}
			}
			check(counted.equals(levels), "2022 countries grouped by level on the client",
				  "got " + counted + ", want " + levels);
		} catch (SQLException e) {
			check(false, "query " + report, e.getSQLState() + " " + e.getMessage());
		}
		System.exit(failed == 0 ? 0 : 1);
	}
}
