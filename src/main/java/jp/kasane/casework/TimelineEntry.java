package jp.kasane.casework;

import java.time.Instant;
import java.util.UUID;

/** One entry of the case timeline (支援経過記録). */
public record TimelineEntry(Instant at, String kind, CaseState from, CaseState to, UUID decisionId, String note) {
}
