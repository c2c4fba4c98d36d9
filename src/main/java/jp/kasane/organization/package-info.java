/**
 * Tenants (実施主体), support agencies (支援関係機関) and staff accounts with their roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "organization", allowedDependencies = { "shared", "rules", "audit" })
package jp.kasane.organization;
