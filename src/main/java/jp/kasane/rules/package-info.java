/**
 * The computable program rules (交付基準額, 補助, 人員・開所基準) of the seeds, each a small named rule that
 * returns its answer, the reasons and the source section, versioned by fiscal year and source notice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "rules", allowedDependencies = { "shared" })
package jp.kasane.rules;
