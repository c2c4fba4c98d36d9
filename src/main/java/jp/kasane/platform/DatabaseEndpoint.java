package jp.kasane.platform;

/** Where the database is and how the schema owner signs in to it. */
record DatabaseEndpoint(String url, String username, String password) {
}
