/**
 * 地域づくり (別添4, 別記2): the hubs of the five 地域づくり事業 with whom they serve, multi-field
 * platforms (プラットフォーム) with members from outside welfare and their meetings, coordinators,
 * events with participants by generation, and the 地域課題 register of resource shortages raised in
 * conferences (agenda role C) or by coordinators and platforms, through to a new resource.
 */
@org.springframework.modulith.ApplicationModule(displayName = "community",
		allowedDependencies = { "shared", "audit", "organization", "meeting", "casework", "rules" })
package jp.kasane.community;
