package io.pierre.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results of a harness run, as an aligned text table and as Markdown.
 */
final class ResultTable {

	private static final String[] HEADER = { "scenario", "database", "what", "unit", "runs", "median", "min", "max",
			"goal", "met" };

	private final List<ResultRow> rows = new ArrayList<>();

	synchronized void add(ResultRow row) {
		this.rows.add(row);
		System.err.println("  -> " + String.join(" | ", cells(row)));
	}

	List<ResultRow> rows() {
		return List.copyOf(this.rows);
	}

	String toText() {
		List<String[]> lines = lines();
		int[] widths = new int[HEADER.length];
		for (String[] line : lines) {
			for (int i = 0; i < line.length; i++) {
				widths[i] = Math.max(widths[i], line[i].length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (int l = 0; l < lines.size(); l++) {
			String[] line = lines.get(l);
			for (int i = 0; i < line.length; i++) {
				boolean number = i >= 4 && i <= 7;
				String format = "%" + (number ? "" : "-") + widths[i] + "s";
				text.append(String.format(format, line[i])).append((i < line.length - 1) ? "  " : "");
			}
			text.append(System.lineSeparator());
			if (l == 0) {
				int total = 0;
				for (int width : widths) {
					total += width + 2;
				}
				text.append("-".repeat(total - 2)).append(System.lineSeparator());
			}
		}
		return text.toString();
	}

	String toMarkdown() {
		List<String[]> lines = lines();
		StringBuilder text = new StringBuilder();
		for (int l = 0; l < lines.size(); l++) {
			text.append("| ").append(String.join(" | ", lines.get(l))).append(" |\n");
			if (l == 0) {
				text.append("|---|---|---|---|--:|--:|--:|--:|---|---|\n");
			}
		}
		return text.toString();
	}

	private List<String[]> lines() {
		List<String[]> lines = new ArrayList<>();
		lines.add(HEADER);
		for (ResultRow row : this.rows) {
			lines.add(cells(row));
		}
		return lines;
	}

	private static String[] cells(ResultRow row) {
		return new String[] { row.scenario(), row.database(), row.subject(), row.unit(), Integer.toString(row.runs()),
				number(row.median()), number(row.min()), number(row.max()), row.goal(), row.met() };
	}

	static String number(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 100 || value == Math.rint(value)) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		return String.format(Locale.ROOT, (magnitude >= 10) ? "%.1f" : "%.2f", value);
	}

}
