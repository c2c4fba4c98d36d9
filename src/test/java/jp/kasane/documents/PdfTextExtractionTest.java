package jp.kasane.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What a reader copies, searches or hears from a printed PDF is the character that was written. IPAexゴシック
 * draws 支 and the Kangxi radical ⽀ (U+2F40), 日 and ⽇ … with one glyph; PDFBox before 3.0.8 named that glyph
 * by its lowest code point in the ToUnicode map, so 支援 came out as ⽀援 (apache/pdfbox PR #470). From 3.0.8
 * the map names the code point the document actually used, and these tests keep it that way.
 */
class PdfTextExtractionTest {

	private static final String WRITTEN = "支援・利用・月・方・立・高・一・日";

	private Path font;

	@BeforeEach
	void font() {
		PdfFont fonts = new PdfFont("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf,"
				+ "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf");
		Assumptions.assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
				|| Files.isReadable(Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf")),
				"IPAex font not found: install Debian's fonts-ipaexfont-gothic to test the PDFs");
		font = fonts.path();
	}

	@Test
	void ideographsThatShareAGlyphWithARadicalAreExtractedAsTheIdeographs() throws IOException {
		byte[] pdf = new PdfSheet(font, "支援計画", "月日").section("利用方針").row("高立", WRITTEN).paragraph(WRITTEN)
			.note(WRITTEN).finish();

		String text = text(pdf);

		assertThat(text).contains("支援計画", "月日", "利用方針", "高立").contains(WRITTEN);
		assertThat(radicals(text)).as("Kangxi radicals / CJK radicals supplement in %s", text).isEmpty();
	}

	@Test
	void theSameThroughThePrinterOtherModulesUse() throws IOException {
		byte[] pdf = new PdfPrinter(new PdfFont(font.toString())).numberedSheet("実績報告", "一日", "支援の月報")
			.paragraph(WRITTEN).finish();

		String text = text(pdf);

		assertThat(text).contains("実績報告", "一日", "支援の月報", WRITTEN, "1 / 1");
		assertThat(radicals(text)).isEmpty();
	}

	/**
	 * A document that really writes a radical keeps it: the glyph is named by the code point the document used.
	 * One glyph has one name in a PDF, so when a document writes both ⽀ and 支 the one drawn first names both
	 * (a limit of PDF's ToUnicode, not of Kasane); here the radical is alone.
	 */
	@Test
	void aRadicalThatIsReallyWrittenIsExtractedAsTheRadical() throws IOException {
		byte[] pdf = new PdfSheet(font, "部首一覧", "x").row("しにょう", "⽀（U+2F40）").row("ひ", "⽇").finish();

		String text = text(pdf);

		assertThat(text).contains("⽀（U+2F40）", "⽇", "部首一覧").doesNotContain("支", "日");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String radicals(String text) {
		StringBuilder found = new StringBuilder();
		text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF).forEach(found::appendCodePoint);
		return found.toString();
	}
}
