package jp.kasane.disclosure;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses for exported files: never cached, saved under a fixed name. */
final class Downloads {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private Downloads() {
	}

	static ResponseEntity<PersonDisclosure> json(PersonDisclosure body, boolean attachment) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store");
		if (attachment) {
			builder.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("disclosure.json").build().toString());
		}
		return builder.body(body);
	}

	static ResponseEntity<byte[]> pdf(byte[] body) {
		return file(body, MediaType.APPLICATION_PDF, ContentDisposition.inline().filename("disclosure.pdf").build());
	}

	static ResponseEntity<byte[]> csv(byte[] body) {
		return file(body, CSV, ContentDisposition.attachment().filename("cases.csv").build());
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, ContentDisposition disposition) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}
}
