package jp.kasane.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A simple A4 帳票 drawn with PDFBox: a title, section headings, labelled rows and wrapped paragraphs,
 * in the embedded (subset) Japanese font, flowing onto new pages as needed. Other modules get one from
 * {@link PdfPrinter}, which can also number the pages and repeat a header on each.
 */
public final class PdfSheet {

	private static final float MARGIN = 50;
	private static final float LABEL_WIDTH = 120;

	private final PDDocument document = new PDDocument();
	private final PDType0Font font;
	private PDPageContentStream page;
	private float y;
	private String runningHeader;

	PdfSheet(Path fontFile, String title, String subtitle) {
		try {
			font = PDType0Font.load(document, fontFile.toFile());
			document.getDocumentInformation().setTitle(title);
			newPage();
			title = printable(title);
			subtitle = printable(subtitle);
			text(title, 16, centre(title, 16), y);
			y -= 22;
			text(subtitle, 8, PDRectangle.A4.getWidth() - MARGIN - width(subtitle, 8), y);
			y -= 20;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public PdfSheet section(String name) {
		space(30);
		y -= 6;
		text(printable("■ " + name), 11, MARGIN, y);
		y -= 16;
		return this;
	}

	public PdfSheet row(String label, String value) {
		List<String> lines = wrap(value == null || value.isBlank() ? "―" : value, 10,
				PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL_WIDTH);
		space(14 * lines.size() + 4);
		text(printable(label), 10, MARGIN, y);
		for (String line : lines) {
			text(line, 10, MARGIN + LABEL_WIDTH, y);
			y -= 14;
		}
		y -= 2;
		return this;
	}

	public PdfSheet paragraph(String text) {
		for (String line : wrap(text == null || text.isBlank() ? "―" : text, 10, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
			space(14);
			text(line, 10, MARGIN, y);
			y -= 14;
		}
		y -= 4;
		return this;
	}

	public PdfSheet note(String text) {
		for (String line : wrap(text, 8, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
			space(11);
			text(line, 8, MARGIN, y);
			y -= 11;
		}
		return this;
	}

	/** Repeats the text at the top of every page and numbers the pages 「n / N」 at the bottom. */
	PdfSheet numbered(String header) {
		this.runningHeader = header;
		return this;
	}

	public byte[] finish() {
		try {
			page.close();
			if (runningHeader != null) {
				stampPages();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void stampPages() throws IOException {
		int total = document.getNumberOfPages();
		String header = printable(runningHeader);
		for (int i = 0; i < total; i++) {
			PDPage each = document.getPage(i);
			try (PDPageContentStream stamp = new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true, true)) {
				page = stamp;
				text(header, 8, MARGIN, PDRectangle.A4.getHeight() - MARGIN / 2);
				String number = (i + 1) + " / " + total;
				text(number, 8, centre(number, 8), MARGIN / 2);
			}
		}
	}

	/** Breaks text into lines that fit the width, at any character (Japanese has no spaces to break at). */
	private List<String> wrap(String text, float size, float maxWidth) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.replace("\r", "").split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			float used = 0;
			for (int cp : printable(paragraph).codePoints().toArray()) {
				String ch = new String(Character.toChars(cp));
				float w = width(ch, size);
				if (used + w > maxWidth && line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
					used = 0;
				}
				line.append(ch);
				used += w;
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private void space(float needed) {
		if (y - needed < MARGIN) {
			try {
				page.close();
				newPage();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void newPage() throws IOException {
		PDPage next = new PDPage(PDRectangle.A4);
		document.addPage(next);
		page = new PDPageContentStream(document, next);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private void text(String text, float size, float x, float at) {
		try {
			page.beginText();
			page.setFont(font, size);
			page.newLineAtOffset(x, at);
			page.showText(text);
			page.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private float width(String text, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private float centre(String text, float size) {
		return (PDRectangle.A4.getWidth() - width(text, size)) / 2;
	}

	/**
	 * Characters the font cannot draw (rare variants, emoji, controls) become a visible 〓 instead of
	 * failing; every text passes through here once before it is measured or drawn.
	 */
	private String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(cp -> {
			try {
				font.encode(new String(Character.toChars(cp)));
				out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('〓');
			}
		});
		return out.toString();
	}
}
