package jp.kasane.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/** One entry of the case timeline (支援経過記録). */
public record TimelineEntry(Instant at, String kind, CaseState from, CaseState to, UUID decisionId, String note) {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("REFERRAL_RECEIVED", "紹介受付"),
			Map.entry("RETURNED_TO_REFERRER", "紹介元へ戻す"), Map.entry("APPLICATION_ACCEPTED", "相談受付（利用申込）"),
			Map.entry("ASSESSMENT_STARTED", "アセスメント開始"), Map.entry("PLANNING_STARTED", "プラン作成開始"),
			Map.entry("PLAN_ADOPTED", "プラン採用"), Map.entry("REPLANNED", "再プラン"), Map.entry("CLOSED", "終結"),
			Map.entry("SUSPENDED", "中断"), Map.entry("REOPENED", "再開"), Map.entry("NOTE", "記録"));

	/** Time of the entry in Japan time, for pages. */
	public String atText() {
		return TEXT.format(at);
	}

	/** The entry's kind in Japanese. */
	public String kindLabel() {
		return LABELS.getOrDefault(kind, kind);
	}
}
