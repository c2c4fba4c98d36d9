/**
 * Work lists (やることリスト): the start page of each user, gathering what is due from the other
 * modules. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "worklist",
		allowedDependencies = { "shared", "intake", "meeting", "plan", "casework", "outreach", "participation", "housing" })
package jp.kasane.worklist;
