/**
 * 参加支援 (別添5 3): host organisations (受け入れ先) and their menus, matching a person with a
 * 参加支援 支援決定 to menus ranked by fit, placements with their 定着支援 follow-ups and 謝礼
 * (実費相当), and the light 「つながり続ける」 schedule after a placement ends.
 */
@org.springframework.modulith.ApplicationModule(displayName = "participation",
		allowedDependencies = { "shared", "audit", "person", "consent", "organization", "casework", "plan" })
package jp.kasane.participation;
