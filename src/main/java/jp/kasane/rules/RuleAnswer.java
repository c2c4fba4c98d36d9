package jp.kasane.rules;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A rule's answer as the API gives it: the answer's own fields, plus {@code ruleVersion}, the version (年度・通知)
 * it was computed with.
 */
public record RuleAnswer<T>(@JsonUnwrapped T answer, RuleCatalog.VersionUsed ruleVersion) {
}
