/**
 * Support plans (プラン): the person's goals, the policy, each agency's role, monitoring dates; a
 * version per (re-)plan, adopted only through the case's conference-guarded transition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "plan",
		allowedDependencies = { "shared", "casework", "organization" })
package jp.kasane.plan;
