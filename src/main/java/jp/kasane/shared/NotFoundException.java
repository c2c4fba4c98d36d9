package jp.kasane.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record does not exist or the current user may not know that it exists. Both cases answer the
 * same 404 so that ids of other tenants or agencies cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String recordType;

	public NotFoundException(String recordType, String id) {
		super(recordType + " " + id + " not found");
		this.recordType = recordType;
	}

	public String recordType() {
		return recordType;
	}
}
