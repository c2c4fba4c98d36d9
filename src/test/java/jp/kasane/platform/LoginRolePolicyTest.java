package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The request login may serve requests only if nothing can lift it above row-level security. */
class LoginRolePolicyTest {

	@Test
	void onlyALoginUnderRowLevelSecurityThatCanBecomeNobodyElseMayServeRequests() {
		assertThat(LoginRolePolicy.reason(role(false, false, false, 0))).isEmpty();
		assertThat(LoginRolePolicy.reason(role(true, false, false, 0))).contains("is a superuser");
		assertThat(LoginRolePolicy.reason(role(false, true, false, 0))).contains("has BYPASSRLS");
		assertThat(LoginRolePolicy.reason(role(false, false, true, 0))).contains("has CREATEROLE");
		assertThat(LoginRolePolicy.reason(role(false, false, false, 1))).hasValueSatisfying(r -> assertThat(r).contains("SET ROLE"));
	}

	private static Map<String, Object> role(boolean superuser, boolean bypassRls, boolean createRole, long memberships) {
		return Map.of("rolname", "kasane_app", "rolsuper", superuser, "rolbypassrls", bypassRls, "rolcreaterole", createRole,
				"memberships", memberships);
	}
}
