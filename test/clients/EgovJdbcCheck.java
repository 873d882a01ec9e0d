// What a BI tool sees of one of egov's report views through the PostgreSQL
// JDBC driver: column names and JDBC types (of a result set, and as
// DatabaseMetaData.getColumns lists them), values of a few published rows,
// and optionally EGDI groups counted on the client from the level column.
//
// java -cp postgresql.jar:. EgovJdbcCheck URL VIEW KEY COLUMNS EXPECTED [LEVELS]
//   URL       JDBC URL of a database with egov
//   VIEW      the view, schema-qualified, e.g. egov.egdi_report
//   KEY       the column that names a row within an edition, e.g. iso3
//   COLUMNS   file of "name kind" lines (kind: integer, numeric, float,
//             boolean, text; numeric(P,S) also requires that precision and
//             scale, in the metadata and in every value read)
//   EXPECTED  file of "year|key|column|value[|tolerance]" lines; NULL is NULL
//   LEVELS    file of "level|countries" lines for the 2022 edition
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
import java.util.HashMap;
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

	/* A kind without its "(P,S)". */
	private static String base(String kind) {
		int i = kind.indexOf('(');
		return i < 0 ? kind : kind.substring(0, i);
	}

	/* The {precision, scale} a kind "numeric(P,S)" requires, or null. */
	private static int[] precisionScale(String kind) {
		int i = kind.indexOf('(');
		if (i < 0)
			return null;
		String[] f = kind.substring(i + 1, kind.length() - 1).split(",");
		return new int[] {Integer.parseInt(f[0].trim()), Integer.parseInt(f[1].trim())};
	}

	/* Whether a JDBC type fits a kind. */
	private static boolean typeFits(String kind, int type) {
		switch (base(kind)) {
			case "integer": return type == Types.INTEGER || type == Types.BIGINT || type == Types.SMALLINT;
			case "numeric": return type == Types.NUMERIC || type == Types.DECIMAL;
			case "float": return type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL;
			case "boolean": return type == Types.BOOLEAN || type == Types.BIT;
			case "text": return type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
					|| type == Types.NVARCHAR || type == Types.NCHAR;
			default: throw new IllegalArgumentException("unknown kind " + kind);
		}
	}

	/* Whether the Java class of a value fits a kind: numbers come as numbers. */
	private static boolean classFits(String kind, Object value) {
		int[] ps = precisionScale(kind);
		if (ps != null && !(value instanceof BigDecimal && ((BigDecimal) value).scale() == ps[1]))
			return false;
		switch (base(kind)) {
			case "integer": return value instanceof Integer || value instanceof Long || value instanceof Short;
			case "numeric": return value instanceof BigDecimal;
			case "float": return value instanceof Double || value instanceof Float;
			case "boolean": return value instanceof Boolean;
			default: return value instanceof String;
		}
	}

	private static boolean same(String kind, Object got, String want, String tolerance) {
		if (want.equals("NULL"))
			return got == null;
		if (got == null || !classFits(kind, got))
			return false;
		switch (base(kind)) {
			case "text":
			case "boolean":
				return got.toString().equals(want);
			default:
				BigDecimal diff = new BigDecimal(got.toString()).subtract(new BigDecimal(want)).abs();
				return diff.compareTo(new BigDecimal(tolerance == null ? "0" : tolerance)) <= 0;
		}
	}

	public static void main(String[] args) throws Exception {
		String url = args[0], view = args[1], key = args[2];
		Map<String, String> kinds = new LinkedHashMap<>();
		for (String l : lines(args[3])) {
			String[] f = l.trim().split("\\s+");
			kinds.put(f[0], f[1]);
		}
		List<String[]> expected = new ArrayList<>();
		Set<String> rowKeys = new LinkedHashSet<>();
		for (String l : lines(args[4])) {
			String[] f = l.split("\\|", -1);
			expected.add(f);
			rowKeys.add(f[0] + "|" + f[1]);
		}
		Map<String, Long> levels = null;
		if (args.length > 5) {
			levels = new TreeMap<>();
			for (String l : lines(args[5])) {
				String[] f = l.split("\\|");
				levels.put(f[0], Long.parseLong(f[1]));
			}
		}
		List<String> columns = new ArrayList<>(kinds.keySet());

		try (Connection conn = DriverManager.getConnection(url);
			 Statement st = conn.createStatement()) {
			check(true, "connect", "");
			List<String> pairs = new ArrayList<>();
			for (String k : rowKeys) {
				String[] f = k.split("\\|");
				pairs.add("(" + Integer.parseInt(f[0]) + ", '" + f[1].replace("'", "''") + "')");
			}
			Map<String, Map<String, Object>> rows = new HashMap<>();
			try (ResultSet rs = st.executeQuery("SELECT * FROM " + view + " WHERE (survey_year, "
					+ key + ") IN (" + String.join(", ", pairs) + ")")) {
				ResultSetMetaData md = rs.getMetaData();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= md.getColumnCount(); i++)
					names.add(md.getColumnLabel(i));
				check(names.equals(columns), view + ": columns", "got " + names + ", want " + columns);
				for (int i = 1; i <= md.getColumnCount(); i++) {
					String kind = kinds.get(md.getColumnLabel(i));
					if (kind != null)
					{
						check(typeFits(kind, md.getColumnType(i)),
							  view + "." + md.getColumnLabel(i) + " reaches JDBC as " + kind,
							  "JDBC type " + md.getColumnType(i) + " (" + md.getColumnTypeName(i) + ")");
						int[] ps = precisionScale(kind);
						if (ps != null)
							check(md.getPrecision(i) == ps[0] && md.getScale(i) == ps[1],
								  view + "." + md.getColumnLabel(i) + " has precision " + ps[0] + " and scale " + ps[1],
								  "precision " + md.getPrecision(i) + ", scale " + md.getScale(i));
					}
				}
				while (rs.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 1; i <= md.getColumnCount(); i++)
						row.put(md.getColumnLabel(i), rs.getObject(i));
					rows.put(rs.getInt("survey_year") + "|" + rs.getString(key), row);
				}
			}
			check(rows.keySet().equals(rowKeys), view + ": one row for each of " + rowKeys,
				  "got " + rows.keySet());

			for (String[] e : expected) {
				String want = e[3], tol = e.length > 4 ? e[4] : null;
				Map<String, Object> row = rows.get(e[0] + "|" + e[1]);
				Object got = row == null ? null : row.get(e[2]);
				check(row != null && row.containsKey(e[2])
					  && same(kinds.getOrDefault(e[2], "text"), got, want, tol),
					  view + ": " + e[0] + " " + e[1] + " " + e[2] + " = " + want
					  + (tol != null ? " within " + tol : ""),
					  "got " + (got == null ? "null" : got.getClass().getSimpleName() + " " + got));
			}

			// BI tools browse views through DatabaseMetaData.getColumns.
			String[] rel = view.split("\\.");
			List<String> browsed = new ArrayList<>();
			try (ResultSet rs = conn.getMetaData().getColumns(null, rel[0], rel[1], null)) {
				while (rs.next()) {
					String col = rs.getString("COLUMN_NAME");
					browsed.add(col);
					String kind = kinds.get(col);
					if (kind != null)
					{
						check(typeFits(kind, rs.getInt("DATA_TYPE")),
							  view + "." + col + " is browsed through getColumns as " + kind,
							  "DATA_TYPE " + rs.getInt("DATA_TYPE") + " (" + rs.getString("TYPE_NAME") + ")");
						int[] ps = precisionScale(kind);
						if (ps != null)
							check(rs.getInt("COLUMN_SIZE") == ps[0] && rs.getInt("DECIMAL_DIGITS") == ps[1],
								  view + "." + col + " is browsed with precision " + ps[0] + " and scale " + ps[1],
								  "COLUMN_SIZE " + rs.getInt("COLUMN_SIZE") + ", DECIMAL_DIGITS " + rs.getInt("DECIMAL_DIGITS"));
					}
				}
			}
			check(browsed.equals(columns), view + ": getColumns lists the columns", "got " + browsed);

			// A BI tool groups on the client: count 2022 countries by level.
			if (levels != null) {
				Map<String, Long> counted = new TreeMap<>();
				try (ResultSet rs = st.executeQuery("SELECT level FROM " + view
						+ " WHERE survey_year = 2022 AND level IS NOT NULL")) {
					while (rs.next()) {
						Object level = rs.getObject(1);
						String name = level instanceof String ? (String) level
							: "<" + level.getClass().getName() + ">";
						counted.merge(name, 1L, Long::sum);
					}
				}
				check(counted.equals(levels), view + ": 2022 countries grouped by level on the client",
					  "got " + counted + ", want " + levels);
			}
		} catch (SQLException e) {
			check(false, "query " + view, e.getSQLState() + " " + e.getMessage());
		}
		System.exit(failed == 0 ? 0 : 1);
	}
}
