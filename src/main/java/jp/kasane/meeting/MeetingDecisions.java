package jp.kasane.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.casework.ConferenceDecision;
import jp.kasane.casework.HeldConferences;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the case what a conference decided: its kind, whether it was held, and whether the
 * municipality (市町村の担当課) and the 多機関協働事業者 attended.
 */
@Component
class MeetingDecisions implements HeldConferences {

	private final Meetings meetings;
	private final OrganizationManagement organization;

	MeetingDecisions(Meetings meetings, OrganizationManagement organization) {
		this.meetings = meetings;
		this.organization = organization;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConferenceDecision> decisionsFor(UUID caseId) {
		TenantId tenant = ActorContext.require().tenantId();
		return meetings.decisionIdsForCase(tenant, caseId).stream().map(this::decision).flatMap(Optional::stream).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConferenceDecision> decision(UUID decisionId) {
		TenantId tenant = ActorContext.require().tenantId();
		return meetings.decision(tenant, decisionId).filter(d -> d.type() != null && d.caseId() != null).map(d -> {
			List<AgencyKind> attended = meetings.attended(tenant, d.meetingId()).stream()
				.map(id -> organization.agency(new AgencyId(id)).kind())
				.toList();
			return new ConferenceDecision(d.id(), d.meetingId(), d.caseId(), d.type(), d.kind() == MeetingKind.MULTI_LAYERED,
					"HELD".equals(d.status()), attended.contains(AgencyKind.MUNICIPAL_DEPARTMENT),
					attended.contains(AgencyKind.MULTI_AGENCY_COLLABORATION));
		});
	}
}
