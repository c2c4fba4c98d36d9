/**
 * Printable documents (帳票): 相談受付・申込票, プラン and 会議録 as PDF with an embedded Japanese font,
 * generated through the other modules' APIs so their access rules and audit apply.
 */
@org.springframework.modulith.ApplicationModule(displayName = "documents", allowedDependencies = { "shared", "audit",
		"person", "consent", "organization", "intake", "casework", "plan", "meeting" })
package jp.kasane.documents;
