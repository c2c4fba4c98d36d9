/**
 * The append-only, hash-chained audit log (監査ログ) of every read and change of personal data; fail-closed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "audit", allowedDependencies = { "shared" })
package jp.kasane.audit;
