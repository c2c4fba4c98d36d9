package jp.kasane.casework;

/** What the guideline (別添5 1(3)) asks for next, in the words the case page shows. */
final class CaseGuidance {

	private CaseGuidance() {
	}

	static String next(CaseState state) {
		return switch (state) {
			case REFERRAL_RECEIVED -> "紹介元と協議のうえ、本人の同意（多機関協働の利用申込）を得て相談受付に進むか、紹介元へ戻してください。";
			case RETURNED_TO_REFERRER -> "紹介元の機関が支援を続けています。必要になれば改めて紹介を受けてください。";
			case INTAKE -> "アセスメントを始めてください。関係機関から情報を集めるときは本人同意の範囲で行います。";
			case ASSESSMENT -> "アセスメントを終えたらプランの作成に進んでください。";
			case PLANNING -> "プランは重層的支援会議（市町村と多機関協働事業者が出席）で「プランの採用」を決定して、はじめて実施できます。";
			case IN_SUPPORT -> "モニタリング日に支援の状況を確認してください。プランの見直し・終結・中断は、重層的支援会議での決定が必要です。";
			case CLOSED -> "終結しました。支援担当者の機関が引き続き本人に寄り添います。必要なら再開できます。";
			case SUSPENDED -> "中断しています。本人と連絡がとれたら再開できます。";
		};
	}
}
