package jp.kasane.demo;

import java.util.List;
import java.util.Objects;

/**
 * A demo login account (職員アカウント).
 *
 * @param username    login name, e.g. {@code "hokatsu"}
 * @param displayName name shown on pages, family and given name separated by a space
 * @param agencyCode  {@link DemoAgency#code()} of the agency the account belongs to
 * @param role        one of {@link #ROLES}
 */
public record DemoStaff(String username, String displayName, String agencyCode, String role) {

	public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
	public static final String MUNICIPAL_STAFF = "MUNICIPAL_STAFF";
	public static final String COORDINATOR = "COORDINATOR";
	public static final String CASEWORKER = "CASEWORKER";
	public static final String AUDITOR = "AUDITOR";

	/** Every role a demo account may have. */
	public static final List<String> ROLES = List.of(SYSTEM_ADMIN, MUNICIPAL_STAFF, COORDINATOR, CASEWORKER, AUDITOR);

	public DemoStaff {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(agencyCode, "agencyCode");
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("unknown role: " + role);
		}
	}
}
