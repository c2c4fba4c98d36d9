package jp.kasane.directory;

/**
 * A directory search as the page and the API take it: words (each must appear in the name, description
 * or operator; partial), target (code or Japanese label), area (name or id), day (weekday or date) and
 * time (午前/午後/夜間, a time or a range). Blank parameters do not filter.
 */
public record DirectorySearch(String q, String target, String area, String day, String time) {

	public static final DirectorySearch ALL = new DirectorySearch(null, null, null, null, null);
}
