package jp.kasane.community;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The course of a 地域課題: 提起 → 検討中 → 対応中（資源開発） → 新たな資源ができた, with 見送り possible
 * from any open step and a 見送り taken up again (再検討). 新たな資源ができた is final and names the new
 * resource; 見送り says why.
 */
final class IssueTransitions {

	private static final Map<IssueStatus, Set<IssueStatus>> NEXT = Map.of(
			IssueStatus.RAISED, EnumSet.of(IssueStatus.UNDER_REVIEW, IssueStatus.DECLINED),
			IssueStatus.UNDER_REVIEW, EnumSet.of(IssueStatus.DEVELOPING, IssueStatus.DECLINED),
			IssueStatus.DEVELOPING, EnumSet.of(IssueStatus.RESOURCE_CREATED, IssueStatus.UNDER_REVIEW, IssueStatus.DECLINED),
			IssueStatus.DECLINED, EnumSet.of(IssueStatus.UNDER_REVIEW),
			IssueStatus.RESOURCE_CREATED, EnumSet.noneOf(IssueStatus.class));

	private IssueTransitions() {
	}

	/** The statuses an issue may move to from the given one, in order. */
	static Set<IssueStatus> next(IssueStatus from) {
		return NEXT.get(from);
	}

	/** Why the move is refused, or empty when it is allowed. */
	static Optional<Refusal> refusal(IssueStatus from, IssueStatus to, String resourceName, String note) {
		if (!NEXT.get(from).contains(to)) {
			String why = from == IssueStatus.RESOURCE_CREATED
					? "新たな資源ができた地域課題は完了しています。新しい不足は新しい地域課題として登録してください"
					: "「" + from.label() + "」から「" + to.label() + "」には進めません";
			return Optional.of(Refusal.rule("ISSUE_INVALID_TRANSITION", why));
		}
		if (to == IssueStatus.RESOURCE_CREATED && blank(resourceName)) {
			return Optional.of(Refusal.field("resourceName", "新たにできた資源の名称を入力してください"));
		}
		if (to == IssueStatus.DECLINED && blank(note)) {
			return Optional.of(Refusal.field("note", "見送りの理由を入力してください"));
		}
		return Optional.empty();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
