/**
 * The 多機関協働 case (別添5 1(3)): its state machine and guards (invariants 1, 2 and 5), the
 * timeline (支援経過記録), contact attempts and the municipality's 支援決定.
 */
@org.springframework.modulith.ApplicationModule(displayName = "casework",
		allowedDependencies = { "shared", "audit", "person", "consent", "organization", "intake" })
package jp.kasane.casework;
