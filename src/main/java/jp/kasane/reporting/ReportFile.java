package jp.kasane.reporting;

/** An export file: its bytes, media type and the name to save it under. */
public record ReportFile(byte[] body, String contentType, String filename) {
}
