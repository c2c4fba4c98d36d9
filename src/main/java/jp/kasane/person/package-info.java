/**
 * People (住民) and households (世帯) with their history, duplicate detection (名寄せ), and who may see whom.
 */
@org.springframework.modulith.ApplicationModule(displayName = "person", allowedDependencies = { "shared", "audit", "organization" })
package jp.kasane.person;
