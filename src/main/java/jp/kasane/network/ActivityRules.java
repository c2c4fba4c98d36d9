package jp.kasane.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an activity of a platform must say for its kind (000 3(2)): ア a meeting at one of its steps
 * (討議 → 企画 → 方法検討 → 検証); イ one of the categories (ア)–(サ), starting as a plan; ウ which measure;
 * a 合同研修 counts who registered and attended (attendance only once held, never more than registered);
 * a 人事交流 is between two different corporations of the platform. A 協働事業 moves one phase at a time.
 */
final class ActivityRules {

	private ActivityRules() {
	}

	static Optional<Refusal> refusal(NetworkForms.NewActivity f, Map<UUID, NetworkViews.Participant> participants,
			LocalDate today) {
		switch (f.kind()) {
			case DISCUSSION -> {
				if (f.stage() == null) {
					return Optional.of(Refusal.field("stage", "討議・企画・実施方法の検討・検証のどれの会合かを選んでください"));
				}
				if (f.heldOn().isAfter(today)) {
					return Optional.of(Refusal.field("heldOn", "会合は開催後に記録します（未来の日付は入力できません）"));
				}
			}
			case COLLABORATION -> {
				if (f.category() == null) {
					return Optional.of(Refusal.field("category", "協働事業の種類（(ア)〜(サ)）を選んでください"));
				}
			}
			case WORKFORCE -> {
				if (f.workforceKind() == null) {
					return Optional.of(Refusal.field("workforceKind", "人材確保・定着の取組の種類を選んでください"));
				}
				if (f.workforceKind() == WorkforceKind.JOINT_TRAINING) {
					if (f.attended() != null && f.attended() > 0 && f.heldOn().isAfter(today)) {
						return Optional.of(Refusal.field("attended", "参加者数は研修の後に記録します"));
					}
					if (f.attended() != null && f.registered() != null && f.attended() > f.registered()) {
						return Optional.of(Refusal.field("attended", "参加者数は申込者数以下で入力してください"));
					}
				}
				if (f.workforceKind() == WorkforceKind.PERSONNEL_EXCHANGE) {
					if (f.leadId() == null || !corporation(participants, f.leadId())) {
						return Optional.of(Refusal.field("leadId", "人事交流の送り出し法人を、このプラットフォームの参画法人から選んでください"));
					}
					if (f.partnerId() == null || !corporation(participants, f.partnerId())) {
						return Optional.of(Refusal.field("partnerId", "人事交流の受け入れ法人を、このプラットフォームの参画法人から選んでください"));
					}
					if (f.leadId().equals(f.partnerId())) {
						return Optional.of(Refusal.field("partnerId", "人事交流は異なる２つの法人の間で行います"));
					}
				}
			}
			default -> {
			}
		}
		return Optional.empty();
	}

	/** A 協働事業 moves forward one phase at a time: 計画 → 試行 → 検証. */
	static Optional<Refusal> phaseRefusal(ActivityKind kind, PilotPhase from, PilotPhase to) {
		if (kind != ActivityKind.COLLABORATION) {
			return Optional.of(Refusal.rule("NOT_A_PILOT", "段階（計画・試行・検証）があるのは協働事業（イ）だけです"));
		}
		if (to.ordinal() != from.ordinal() + 1) {
			return Optional.of(Refusal.rule("PILOT_PHASE_ORDER", "協働事業は 計画 → 試行 → 検証 の順に進めます（いまは「"
					+ from.label() + "」です）"));
		}
		return Optional.empty();
	}

	private static boolean corporation(Map<UUID, NetworkViews.Participant> participants, UUID id) {
		NetworkViews.Participant p = participants.get(id);
		return p != null && p.corporation() && p.leftOn() == null;
	}
}
