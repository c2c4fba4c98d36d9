package jp.kasane.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jp.kasane.shared.ServiceUnavailable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the Japanese font embedded in every PDF lives: IPAexゴシック (Debian's fonts-ipaexfont-gothic)
 * by default, or any TrueType font named by {@code kasane.pdf.font}. Without one, documents are
 * refused with a message saying what to install, rather than printed with missing glyphs. Other modules print
 * through {@link PdfPrinter}, so they embed the same font.
 */
@Component
class PdfFont {

	private final List<Path> candidates;

	PdfFont(@Value("${kasane.pdf.font:/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf,"
			+ "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf}") String paths) {
		this.candidates = Arrays.stream(paths.split(",")).map(String::strip).filter(p -> !p.isEmpty()).map(Path::of).toList();
	}

	/** The font file to embed; 503 {@code PDF_FONT_MISSING} when there is none. */
	Path path() {
		return candidates.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new ServiceUnavailable(
				"PDF_FONT_MISSING", "PDFに使う日本語フォントがありません。fonts-ipaexfont-gothic を入れるか、kasane.pdf.font でフォントを指定してください",
				null));
	}
}
