package jp.kasane.shared;

/**
 * A record does not exist or the current user may not know that it exists. Both cases answer the
 * same 404 so that ids of other tenants or agencies cannot be probed.
 */
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
