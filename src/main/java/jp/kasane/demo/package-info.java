/**
 * The fictional demo town 「かさね市」 for the default run and the tests; never loaded unless enabled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "demo", allowedDependencies = { "shared", "organization", "person", "consent", "intake", "casework", "meeting", "directory", "outreach", "community", "participation", "housing", "network", "rules" })
package jp.kasane.demo;
