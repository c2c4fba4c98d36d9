/**
 * 居住継続支援体制整備 (別添5 4): the municipality's five prerequisite measures (居住支援に係る基本的な取組,
 * ①) and three setup activities (②), and 居住継続支援 as an element of a 多機関協働 case's plan — the
 * 重層的支援会議's finding that the person needs it, the housing situation, the support content and
 * its follow-ups. The function is refused until all five measures are in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "housing",
		allowedDependencies = { "shared", "audit", "person", "organization", "casework", "plan" })
package jp.kasane.housing;
