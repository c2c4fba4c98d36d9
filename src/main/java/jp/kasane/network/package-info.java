/**
 * Networks around the municipality's support system, organisational records only (no resident data):
 * 法人間連携プラットフォーム of the 小規模法人のネットワーク化による協働推進事業 (seed 000) with participants,
 * activities ア–カ, subsidy years and the move to a 社会福祉連携推進法人; 社協–社会福祉法人の連絡会等 (seed 004)
 * with members, meetings, 地域における公益的な取組, 災害時協定 and 福祉教育; and 地域力強化推進事業・相談支援包括化
 * (seed 003): areas, 相談支援包括化推進員, 推進会議 and 成果目標.
 */
@org.springframework.modulith.ApplicationModule(displayName = "network",
		allowedDependencies = { "shared", "organization", "rules" })
package jp.kasane.network;
