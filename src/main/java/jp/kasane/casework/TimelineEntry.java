package jp.kasane.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/** One entry of the case timeline (支援経過記録). */
public record TimelineEntry(Instant at, String kind, CaseState from, CaseState to, UUID decisionId, String note) {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

	private static final Map<String, String> LABELS = Map.of("REFERRAL_RECEIVED", "紹介受付", "RETURNED_TO_REFERRER",
			"紹介元へ戻す", "APPLICATION_ACCEPTED", "相談受付（利用申込）", "ASSESSMENT_STARTED", "アセスメント開始",
			"PLANNING_STARTED", "プラン作成開始", "PLAN_ADOPTED", "プラン採用", "REPLANNED", "再プラン", "CLOSED", "終結",
			"SUSPENDED", "中断", "REOPENED", "再開");

	/** Time of the entry in Japan time, for pages. */
	public String atText() {
		return TEXT.format(at);
	}

	/** The entry's kind in Japanese. */
	public String kindLabel() {
		return LABELS.getOrDefault(kind, kind);
	}
}
