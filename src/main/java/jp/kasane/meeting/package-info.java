/**
 * Conferences: 重層的支援会議, 支援会議 (社会福祉法106条の6), ケース会議 and reused bodies; agenda with
 * roles A/B/C, attendance, minutes, decisions and confidentiality pledges (invariant 3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "meeting",
		allowedDependencies = { "shared", "audit", "person", "consent", "organization", "casework" })
package jp.kasane.meeting;
