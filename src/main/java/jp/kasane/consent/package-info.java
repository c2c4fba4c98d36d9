/**
 * Consent per person (本人同意): scope, how obtained, withdrawal, and {@code mayShare}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "consent", allowedDependencies = { "shared", "audit", "organization", "person" })
package jp.kasane.consent;
