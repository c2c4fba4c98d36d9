package jp.kasane.documents;

import org.springframework.stereotype.Service;

/**
 * The documents module's printing API for other modules that assemble their own 帳票 from records they
 * have read (and audited) themselves: an A4 {@link PdfSheet} in the embedded Japanese font of {@link PdfFont}.
 */
@Service
public class PdfPrinter {

	private final PdfFont font;

	PdfPrinter(PdfFont font) {
		this.font = font;
	}

	/**
	 * A new sheet.
	 *
	 * @param subtitle the right-aligned line under the title (e.g. the printed-at time)
	 */
	public PdfSheet sheet(String title, String subtitle) {
		return new PdfSheet(font.path(), title, subtitle);
	}

	/**
	 * A new sheet whose pages all carry {@code header} at the top and 「n / N」 at the bottom.
	 *
	 * @param subtitle the right-aligned line under the title (e.g. the printed-at time)
	 */
	public PdfSheet numberedSheet(String title, String subtitle, String header) {
		return new PdfSheet(font.path(), title, subtitle).numbered(header);
	}
}
