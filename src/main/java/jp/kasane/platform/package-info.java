/**
 * Platform: security (form login, HTTP Basic, CSRF, lock-out), the tenant-scoped data source with row-level
 * security, the embedded PostgreSQL, the clock (Asia/Tokyo), problem+json errors and the page layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "platform", allowedDependencies = { "shared" })
package jp.kasane.platform;
