package jp.kasane.platform;

/**
 * Where the database is and the application's two logins: the schema owner, which Flyway migrates as, and
 * the login role every request uses, to which row-level security applies.
 */
record DatabaseEndpoint(String url, Login owner, Login app) {

	/** A role and its password; the password is never printed. */
	record Login(String username, String password) {

		@Override
		public String toString() {
			return username + " (password hidden)";
		}
	}
}
