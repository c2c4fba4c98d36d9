/**
 * 包括的相談支援 (別添3): consultations at any agency with 課題 tags and triage outcome, and referrals
 * (つなぎ) between agencies with closed-loop status and the consent that allowed them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "intake",
		allowedDependencies = { "shared", "audit", "person", "consent", "organization" })
package jp.kasane.intake;
