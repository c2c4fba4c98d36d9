package jp.kasane.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.TenantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Platforms, councils and the 地域力強化 records of the current tenant. */
@Repository
class NetworkRecords {

	/** A platform row without its children. */
	record PlatformRow(UUID id, String name, String implementingBody, ImplementingBody bodyKind, String area,
			LocalDate startedOn, LocalDate convertedOn, String renkeiName, Integer setupSupportThousandYen, int version) {
	}

	record SubsidyRow(int fiscalYear, int amountThousandYen, boolean backOfficeAddOn, boolean ictAddOn, String note) {
	}

	private final JdbcClient jdbc;

	NetworkRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- platforms

	void insertPlatform(TenantId tenant, UUID id, NetworkForms.NewPlatform f) {
		jdbc.sql("""
				INSERT INTO network_platform (tenant_id, id, name, implementing_body, body_kind, area, started_on)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, f.name().strip(), f.implementingBody().strip(), f.bodyKind().name(), f.area().strip(),
					f.startedOn())
			.update();
	}

	List<PlatformRow> platforms(TenantId tenant) {
		return jdbc.sql("SELECT * FROM network_platform WHERE tenant_id = ? ORDER BY started_on, name")
			.params(tenant.value())
			.query(NetworkRecords::platform)
			.list();
	}

	Optional<PlatformRow> platform(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM network_platform WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(NetworkRecords::platform)
			.optional();
	}

	private static PlatformRow platform(ResultSet rs, int n) throws SQLException {
		return new PlatformRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("implementing_body"),
				ImplementingBody.valueOf(rs.getString("body_kind")), rs.getString("area"),
				rs.getObject("started_on", LocalDate.class), rs.getObject("converted_on", LocalDate.class),
				rs.getString("renkei_name"), (Integer) rs.getObject("setup_support_thousand_yen"), rs.getInt("version"));
	}

	void updatePlatform(TenantId tenant, UUID id, NetworkForms.EditPlatform f) {
		int rows = jdbc.sql("""
				UPDATE network_platform SET name = ?, implementing_body = ?, body_kind = ?, area = ?, started_on = ?,
				       version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.name().strip(), f.implementingBody().strip(), f.bodyKind().name(), f.area().strip(), f.startedOn(),
					tenant.value(), id, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("platform " + id + " changed concurrently");
		}
	}

	void convert(TenantId tenant, UUID id, NetworkForms.Conversion f) {
		int rows = jdbc.sql("""
				UPDATE network_platform SET converted_on = ?, renkei_name = ?, setup_support_thousand_yen = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.convertedOn(), f.renkeiName().strip(), f.setupSupportThousandYen(), tenant.value(), id, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("platform " + id + " changed concurrently");
		}
	}

	void insertParticipant(TenantId tenant, UUID platform, UUID id, NetworkForms.NewParticipant f) {
		jdbc.sql("""
				INSERT INTO network_participant (tenant_id, platform_id, id, name, kind, small, joined_on)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), platform, id, f.name().strip(), f.kind().name(), f.small(), f.joinedOn())
			.update();
	}

	Optional<UUID> platformOfParticipant(TenantId tenant, UUID participant) {
		return jdbc.sql("SELECT platform_id FROM network_participant WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), participant)
			.query(UUID.class)
			.optional();
	}

	void updateParticipant(TenantId tenant, UUID participant, NetworkForms.EditParticipant f) {
		int rows = jdbc.sql("""
				UPDATE network_participant SET name = ?, kind = ?, small = ?, joined_on = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.name().strip(), f.kind().name(), f.small(), f.joinedOn(), tenant.value(), participant, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("participant " + participant + " changed concurrently");
		}
	}

	/** Records the leaving day; with a version, only if the participant is still as the user saw it. */
	void leave(TenantId tenant, UUID participant, LocalDate leftOn, Integer version) {
		int rows = jdbc.sql("""
				UPDATE network_participant SET left_on = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND left_on IS NULL AND (CAST(? AS integer) IS NULL OR version = ?)""")
			.params(leftOn, tenant.value(), participant, version, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("participant " + participant + " changed concurrently");
		}
	}

	/** Whether a 人事交流 or a 合同面接会 result names the participant as a corporation. */
	boolean participantInUse(TenantId tenant, UUID participant) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM network_activity WHERE tenant_id = ? AND (lead_id = ? OR partner_id = ?))
				    OR EXISTS (SELECT 1 FROM network_fair_result WHERE tenant_id = ? AND participant_id = ?)""")
			.params(tenant.value(), participant, participant, tenant.value(), participant)
			.query(Boolean.class)
			.single();
	}

	List<NetworkViews.Participant> participants(TenantId tenant, UUID platform) {
		return jdbc.sql("SELECT * FROM network_participant WHERE tenant_id = ? AND platform_id = ? ORDER BY joined_on, created_at, name")
			.params(tenant.value(), platform)
			.query((rs, n) -> {
				ParticipantKind kind = ParticipantKind.valueOf(rs.getString("kind"));
				return new NetworkViews.Participant(rs.getObject("id", UUID.class), rs.getString("name"), kind, kind.label(),
						kind.corporation(), rs.getBoolean("small"), rs.getObject("joined_on", LocalDate.class),
						rs.getObject("left_on", LocalDate.class), rs.getInt("version"));
			})
			.list();
	}

	void insertActivity(TenantId tenant, UUID platform, UUID id, NetworkForms.NewActivity f) {
		boolean discussion = f.kind() == ActivityKind.DISCUSSION;
		boolean collaboration = f.kind() == ActivityKind.COLLABORATION;
		boolean workforce = f.kind() == ActivityKind.WORKFORCE;
		boolean training = workforce && f.workforceKind() == WorkforceKind.JOINT_TRAINING;
		boolean exchange = workforce && f.workforceKind() == WorkforceKind.PERSONNEL_EXCHANGE;
		jdbc.sql("""
				INSERT INTO network_activity (tenant_id, platform_id, id, kind, title, held_on, stage, phase, category,
				                              workforce_kind, online, registered, attended, lead_id, partner_id, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), platform, id, f.kind().name(), f.title().strip(), f.heldOn(),
					discussion ? f.stage().name() : null, collaboration ? PilotPhase.PLAN.name() : null,
					collaboration ? f.category().name() : null, workforce ? f.workforceKind().name() : null, f.online(),
					training ? f.registered() : null, training ? f.attended() : null, exchange ? f.leadId() : null,
					exchange ? f.partnerId() : null, strip(f.notes()))
			.update();
	}

	List<NetworkViews.Activity> activities(TenantId tenant, UUID platform, Map<UUID, String> names) {
		Map<UUID, List<NetworkViews.FairResult>> fairs = jdbc.sql("""
				SELECT r.* FROM network_fair_result r JOIN network_activity a ON a.tenant_id = r.tenant_id AND a.id = r.activity_id
				 WHERE r.tenant_id = ? AND a.platform_id = ?""")
			.params(tenant.value(), platform)
			.query((rs, n) -> Map.entry(rs.getObject("activity_id", UUID.class), new NetworkViews.FairResult(
					rs.getObject("participant_id", UUID.class), names.get(rs.getObject("participant_id", UUID.class)),
					rs.getInt("applicants"), rs.getInt("offers"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("SELECT * FROM network_activity WHERE tenant_id = ? AND platform_id = ? ORDER BY held_on DESC, created_at DESC")
			.params(tenant.value(), platform)
			.query((rs, n) -> activity(rs, names, fairs))
			.list();
	}

	private static NetworkViews.Activity activity(ResultSet rs, Map<UUID, String> names,
			Map<UUID, List<NetworkViews.FairResult>> fairs) throws SQLException {
		ActivityKind kind = ActivityKind.valueOf(rs.getString("kind"));
		DiscussionStage stage = rs.getString("stage") == null ? null : DiscussionStage.valueOf(rs.getString("stage"));
		PilotPhase phase = rs.getString("phase") == null ? null : PilotPhase.valueOf(rs.getString("phase"));
		CollaborationCategory category = rs.getString("category") == null ? null
				: CollaborationCategory.valueOf(rs.getString("category"));
		WorkforceKind workforce = rs.getString("workforce_kind") == null ? null
				: WorkforceKind.valueOf(rs.getString("workforce_kind"));
		UUID id = rs.getObject("id", UUID.class);
		UUID lead = rs.getObject("lead_id", UUID.class);
		UUID partner = rs.getObject("partner_id", UUID.class);
		List<NetworkViews.FairResult> results = new ArrayList<>(fairs.getOrDefault(id, List.of()));
		results.sort((a, b) -> String.valueOf(a.participantName()).compareTo(String.valueOf(b.participantName())));
		return new NetworkViews.Activity(id, kind, kind.label(), rs.getString("title"), rs.getObject("held_on", LocalDate.class),
				stage, stage == null ? null : stage.label(), phase, phase == null ? null : phase.label(), category,
				category == null ? null : category.label(), workforce, workforce == null ? null : workforce.label(),
				rs.getBoolean("online"), (Integer) rs.getObject("registered"), (Integer) rs.getObject("attended"), lead,
				lead == null ? null : names.get(lead), partner, partner == null ? null : names.get(partner),
				rs.getObject("lead_agreed_on", LocalDate.class), rs.getObject("partner_agreed_on", LocalDate.class),
				List.copyOf(results), rs.getString("notes"), rs.getInt("version"));
	}

	/** The platform an activity belongs to. */
	Optional<UUID> platformOfActivity(TenantId tenant, UUID activity) {
		return jdbc.sql("SELECT platform_id FROM network_activity WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), activity)
			.query(UUID.class)
			.optional();
	}

	void changePhase(TenantId tenant, UUID activity, PilotPhase phase, String notes, int version) {
		int rows = jdbc.sql("""
				UPDATE network_activity SET phase = ?, notes = COALESCE(?, notes), version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(phase.name(), strip(notes), tenant.value(), activity, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("activity " + activity + " changed concurrently");
		}
	}

	void agree(TenantId tenant, UUID activity, boolean lead, LocalDate on) {
		jdbc.sql("UPDATE network_activity SET " + (lead ? "lead_agreed_on" : "partner_agreed_on")
				+ " = ?, version = version + 1 WHERE tenant_id = ? AND id = ?")
			.params(on, tenant.value(), activity)
			.update();
	}

	void saveFairResult(TenantId tenant, UUID activity, NetworkForms.FairResult f) {
		jdbc.sql("""
				INSERT INTO network_fair_result (tenant_id, activity_id, participant_id, applicants, offers) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, activity_id, participant_id) DO UPDATE SET applicants = EXCLUDED.applicants, offers = EXCLUDED.offers""")
			.params(tenant.value(), activity, f.participant(), f.applicants(), f.offers())
			.update();
	}

	void insertSubsidyYear(TenantId tenant, UUID platform, NetworkForms.SubsidyYear f) {
		jdbc.sql("""
				INSERT INTO network_subsidy_year (tenant_id, platform_id, fiscal_year, amount_thousand_yen, back_office_add_on,
				                                  ict_add_on, note)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), platform, f.fiscalYear(), f.amountThousandYen(), f.backOfficeAddOn(), f.ictAddOn(),
					strip(f.note()))
			.update();
	}

	List<SubsidyRow> subsidyYears(TenantId tenant, UUID platform) {
		return jdbc.sql("SELECT * FROM network_subsidy_year WHERE tenant_id = ? AND platform_id = ? ORDER BY fiscal_year")
			.params(tenant.value(), platform)
			.query((rs, n) -> new SubsidyRow(rs.getInt("fiscal_year"), rs.getInt("amount_thousand_yen"),
					rs.getBoolean("back_office_add_on"), rs.getBoolean("ict_add_on"), rs.getString("note")))
			.list();
	}

	// --- councils

	void insertCouncil(TenantId tenant, UUID id, NetworkForms.NewCouncil f) {
		jdbc.sql("""
				INSERT INTO network_council (tenant_id, id, name, level, secretariat, founded_on, purpose)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, f.name().strip(), f.level().name(), f.secretariat().strip(), f.foundedOn(),
					strip(f.purpose()))
			.update();
	}

	/** The councils with the number of their members on the day (those who left by then not counted). */
	List<NetworkViews.CouncilSummary> councils(TenantId tenant, LocalDate on) {
		return jdbc.sql("""
				SELECT c.*, (SELECT count(*) FROM network_council_member m WHERE m.tenant_id = c.tenant_id AND m.council_id = c.id
				                AND (m.left_on IS NULL OR m.left_on > ?)) AS members
				  FROM network_council c WHERE c.tenant_id = ? ORDER BY c.level, c.name""")
			.params(on, tenant.value())
			.query((rs, n) -> new NetworkViews.CouncilSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					CouncilLevel.valueOf(rs.getString("level")).label(), rs.getString("secretariat"), rs.getInt("members")))
			.list();
	}

	Optional<NetworkViews.Council> council(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM network_council WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> {
				CouncilLevel level = CouncilLevel.valueOf(rs.getString("level"));
				List<NetworkViews.CouncilMember> members = councilMembers(tenant, id);
				return new NetworkViews.Council(id, rs.getString("name"), level, level.label(), rs.getString("secretariat"),
						rs.getObject("founded_on", LocalDate.class), rs.getString("purpose"), rs.getInt("version"), members,
						meetings(tenant, id),
						councilActivities(tenant, id, members));
			})
			.optional();
	}

	void insertCouncilMember(TenantId tenant, UUID council, UUID id, NetworkForms.NewCouncilMember f) {
		jdbc.sql("INSERT INTO network_council_member (tenant_id, council_id, id, name, kind, corporation) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tenant.value(), council, id, f.name().strip(), f.kind().name(), strip(f.corporation()))
			.update();
	}

	void updateCouncil(TenantId tenant, UUID id, NetworkForms.EditCouncil f) {
		int rows = jdbc.sql("""
				UPDATE network_council SET name = ?, level = ?, secretariat = ?, founded_on = ?, purpose = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.name().strip(), f.level().name(), f.secretariat().strip(), f.foundedOn(), strip(f.purpose()),
					tenant.value(), id, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("council " + id + " changed concurrently");
		}
	}

	Optional<UUID> councilOfMember(TenantId tenant, UUID member) {
		return jdbc.sql("SELECT council_id FROM network_council_member WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), member)
			.query(UUID.class)
			.optional();
	}

	void updateCouncilMember(TenantId tenant, UUID member, NetworkForms.EditCouncilMember f) {
		int rows = jdbc.sql("""
				UPDATE network_council_member SET name = ?, kind = ?, corporation = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.name().strip(), f.kind().name(), strip(f.corporation()), tenant.value(), member, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("council member " + member + " changed concurrently");
		}
	}

	void leaveCouncil(TenantId tenant, UUID member, LocalDate leftOn, Integer version) {
		int rows = jdbc.sql("""
				UPDATE network_council_member SET left_on = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND left_on IS NULL AND (CAST(? AS integer) IS NULL OR version = ?)""")
			.params(leftOn, tenant.value(), member, version, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("council member " + member + " changed concurrently");
		}
	}

	private List<NetworkViews.CouncilMember> councilMembers(TenantId tenant, UUID council) {
		return jdbc.sql("SELECT * FROM network_council_member WHERE tenant_id = ? AND council_id = ? ORDER BY created_at, name")
			.params(tenant.value(), council)
			.query((rs, n) -> {
				CouncilMemberKind kind = CouncilMemberKind.valueOf(rs.getString("kind"));
				return new NetworkViews.CouncilMember(rs.getObject("id", UUID.class), rs.getString("name"), kind, kind.label(),
						rs.getString("corporation"), rs.getObject("left_on", LocalDate.class), rs.getInt("version"));
			})
			.list();
	}

	void insertCouncilActivity(TenantId tenant, UUID council, UUID id, NetworkForms.NewCouncilActivity f) {
		jdbc.sql("""
				INSERT INTO network_council_activity (tenant_id, council_id, id, kind, title, member_id, agreement_kind,
				                                      education_kind, dated_on, participants, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), council, id, f.kind().name(), f.title().strip(), f.member(),
					f.kind() == CouncilActivityKind.DISASTER_AGREEMENT ? f.agreementKind().name() : null,
					f.kind() == CouncilActivityKind.EDUCATION ? f.educationKind().name() : null, f.datedOn(), f.participants(),
					strip(f.notes()))
			.update();
		for (UUID partner : f.partners()) {
			jdbc.sql("INSERT INTO network_council_activity_partner (tenant_id, activity_id, member_id) VALUES (?, ?, ?)")
				.params(tenant.value(), id, partner)
				.update();
		}
	}

	private List<NetworkViews.CouncilActivity> councilActivities(TenantId tenant, UUID council,
			List<NetworkViews.CouncilMember> members) {
		Map<UUID, String> names = members.stream()
			.collect(Collectors.toMap(NetworkViews.CouncilMember::id, NetworkViews.CouncilMember::name));
		Map<UUID, List<String>> partners = jdbc.sql("""
				SELECT p.activity_id, p.member_id FROM network_council_activity_partner p
				  JOIN network_council_activity a ON a.tenant_id = p.tenant_id AND a.id = p.activity_id
				 WHERE p.tenant_id = ? AND a.council_id = ?""")
			.params(tenant.value(), council)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), names.getOrDefault(rs.getObject(2, UUID.class), "")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("SELECT * FROM network_council_activity WHERE tenant_id = ? AND council_id = ? ORDER BY kind, dated_on DESC, title")
			.params(tenant.value(), council)
			.query((rs, n) -> {
				CouncilActivityKind kind = CouncilActivityKind.valueOf(rs.getString("kind"));
				AgreementKind agreement = rs.getString("agreement_kind") == null ? null
						: AgreementKind.valueOf(rs.getString("agreement_kind"));
				EducationKind education = rs.getString("education_kind") == null ? null
						: EducationKind.valueOf(rs.getString("education_kind"));
				UUID id = rs.getObject("id", UUID.class);
				UUID member = rs.getObject("member_id", UUID.class);
				List<String> with = partners.getOrDefault(id, List.of()).stream().sorted().toList();
				return new NetworkViews.CouncilActivity(id, kind, kind.label(), rs.getString("title"), member, names.get(member),
						!with.isEmpty(), with, agreement, agreement == null ? null : agreement.label(), education,
						education == null ? null : education.label(), rs.getObject("dated_on", LocalDate.class),
						(Integer) rs.getObject("participants"), rs.getString("notes"));
			})
			.list();
	}

	// --- meetings (a council's, or 相談支援包括化推進会議 with council NULL)

	void insertMeeting(TenantId tenant, UUID council, UUID id, NetworkForms.NewMeeting f) {
		String topics = f.topics().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		jdbc.sql("""
				INSERT INTO network_meeting (tenant_id, id, council_id, kind, held_on, title, participants, topics, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, council, f.kind().name(), f.heldOn(), f.title().strip(), f.participants(),
					topics.isEmpty() ? null : topics, strip(f.notes()))
			.update();
	}

	/** Meetings of a council, or (council null) the 推進会議, newest first. */
	List<NetworkViews.Meeting> meetings(TenantId tenant, UUID council) {
		return jdbc.sql("""
				SELECT * FROM network_meeting WHERE tenant_id = ?
				   AND (council_id = ? OR (CAST(? AS uuid) IS NULL AND council_id IS NULL))
				 ORDER BY held_on DESC, created_at DESC""")
			.params(tenant.value(), council, council)
			.query((rs, n) -> {
				NetworkMeetingKind kind = NetworkMeetingKind.valueOf(rs.getString("kind"));
				List<PromotionTopic> topics = rs.getString("topics") == null ? List.of()
						: Arrays.stream(rs.getString("topics").split(",")).map(PromotionTopic::valueOf).toList();
				return new NetworkViews.Meeting(rs.getObject("id", UUID.class), rs.getObject("council_id", UUID.class), kind,
						kind.label(), rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getInt("participants"),
						topics, topics.stream().map(PromotionTopic::label).toList(), rs.getString("notes"));
			})
			.list();
	}

	// --- 地域力強化推進事業

	void insertRegionalYear(TenantId tenant, int fiscalYear, boolean whole) {
		jdbc.sql("INSERT INTO network_regional_year (tenant_id, fiscal_year, whole_municipality) VALUES (?, ?, ?)")
			.params(tenant.value(), fiscalYear, whole)
			.update();
	}

	boolean regionalYearExists(TenantId tenant, int fiscalYear) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM network_regional_year WHERE tenant_id = ? AND fiscal_year = ?)")
			.params(tenant.value(), fiscalYear)
			.query(Boolean.class)
			.single();
	}

	void updateCoverage(TenantId tenant, int fiscalYear, boolean whole, int version) {
		int rows = jdbc.sql("""
				UPDATE network_regional_year SET whole_municipality = ?, version = version + 1
				 WHERE tenant_id = ? AND fiscal_year = ? AND version = ?""")
			.params(whole, tenant.value(), fiscalYear, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("regional year " + fiscalYear + " changed concurrently");
		}
	}

	void insertArea(TenantId tenant, int fiscalYear, UUID id, NetworkForms.NewArea f) {
		jdbc.sql("INSERT INTO network_regional_area (tenant_id, fiscal_year, id, name, operator, hub) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tenant.value(), fiscalYear, id, f.name().strip(), strip(f.operator()), strip(f.hub()))
			.update();
	}

	Optional<Integer> yearOfArea(TenantId tenant, UUID area) {
		return jdbc.sql("SELECT fiscal_year FROM network_regional_area WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), area)
			.query(Integer.class)
			.optional();
	}

	void updateArea(TenantId tenant, UUID area, NetworkForms.EditArea f) {
		int rows = jdbc.sql("""
				UPDATE network_regional_area SET name = ?, operator = ?, hub = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.name().strip(), strip(f.operator()), strip(f.hub()), tenant.value(), area, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("area " + area + " changed concurrently");
		}
	}

	/** Ends an area, bumping its year's version too: the year's coverage was decided on its running areas. */
	void endArea(TenantId tenant, int fiscalYear, UUID area, LocalDate endedOn, int version) {
		int rows = jdbc.sql("""
				UPDATE network_regional_area SET ended_on = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ? AND ended_on IS NULL""")
			.params(endedOn, tenant.value(), area, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("area " + area + " changed concurrently");
		}
		jdbc.sql("UPDATE network_regional_year SET version = version + 1 WHERE tenant_id = ? AND fiscal_year = ?")
			.params(tenant.value(), fiscalYear)
			.update();
	}

	/** Locks the year's row, so that ending an area and changing the coverage cannot pass each other. */
	void lockRegionalYear(TenantId tenant, int fiscalYear) {
		jdbc.sql("SELECT fiscal_year FROM network_regional_year WHERE tenant_id = ? AND fiscal_year = ? FOR UPDATE")
			.params(tenant.value(), fiscalYear)
			.query(Integer.class)
			.optional();
	}

	List<NetworkViews.RegionalYear> regionalYears(TenantId tenant) {
		List<NetworkViews.Area> areas = jdbc.sql("SELECT * FROM network_regional_area WHERE tenant_id = ? ORDER BY created_at, name")
			.params(tenant.value())
			.query((rs, n) -> new NetworkViews.Area(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
					rs.getString("name"), rs.getString("operator"), rs.getString("hub"), rs.getObject("ended_on", LocalDate.class),
					rs.getInt("version")))
			.list();
		return jdbc.sql("SELECT * FROM network_regional_year WHERE tenant_id = ? ORDER BY fiscal_year DESC")
			.params(tenant.value())
			.query((rs, n) -> {
				int year = rs.getInt("fiscal_year");
				return new NetworkViews.RegionalYear(year, new FiscalYear(year).label(), rs.getBoolean("whole_municipality"),
						rs.getInt("version"), areas.stream().filter(a -> a.fiscalYear() == year).toList());
			})
			.list();
	}

	void insertPromoter(TenantId tenant, UUID id, NetworkForms.NewPromoter f) {
		jdbc.sql("""
				INSERT INTO network_promoter (tenant_id, id, name, qualification, placed_at, from_date, until_date)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, f.name().strip(), f.qualification().strip(), f.placedAt().strip(), f.fromDate(),
					f.untilDate())
			.update();
	}

	List<NetworkViews.Promoter> promoters(TenantId tenant, LocalDate today) {
		return jdbc.sql("SELECT * FROM network_promoter WHERE tenant_id = ? ORDER BY from_date, name")
			.params(tenant.value())
			.query((rs, n) -> {
				LocalDate from = rs.getObject("from_date", LocalDate.class);
				LocalDate until = rs.getObject("until_date", LocalDate.class);
				return new NetworkViews.Promoter(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("qualification"), rs.getString("placed_at"), from, until,
						!from.isAfter(today) && (until == null || !until.isBefore(today)), rs.getInt("version"));
			})
			.list();
	}

	void updatePromoter(TenantId tenant, UUID id, NetworkForms.EditPromoter f) {
		int rows = jdbc.sql("""
				UPDATE network_promoter SET name = ?, qualification = ?, placed_at = ?, from_date = ?, until_date = ?,
				       version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.name().strip(), f.qualification().strip(), f.placedAt().strip(), f.fromDate(), f.untilDate(),
					tenant.value(), id, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("promoter " + id + " changed concurrently");
		}
	}

	void insertGoal(TenantId tenant, UUID id, NetworkForms.NewGoal f, LocalDate setOn) {
		jdbc.sql("""
				INSERT INTO network_goal (tenant_id, id, fiscal_year, program, indicator, target_value, unit, set_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, f.fiscalYear(), f.program().name(), f.indicator().strip(), f.targetValue(),
					f.unit().strip(), setOn)
			.update();
	}

	void reportAchievement(TenantId tenant, UUID id, NetworkForms.Achievement f) {
		int rows = jdbc.sql("""
				UPDATE network_goal SET achieved_value = ?, achievement = ?, reported_on = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.achievedValue(), strip(f.achievement()), f.reportedOn(), tenant.value(), id, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("goal " + id + " changed concurrently");
		}
	}

	List<NetworkViews.Goal> goals(TenantId tenant) {
		return jdbc.sql("SELECT * FROM network_goal WHERE tenant_id = ? ORDER BY fiscal_year DESC, program, created_at")
			.params(tenant.value())
			.query(NetworkRecords::goal)
			.list();
	}

	Optional<NetworkViews.Goal> goal(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM network_goal WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(NetworkRecords::goal)
			.optional();
	}

	private static NetworkViews.Goal goal(ResultSet rs, int n) throws SQLException {
		GoalProgram program = GoalProgram.valueOf(rs.getString("program"));
		int year = rs.getInt("fiscal_year");
		int target = rs.getInt("target_value");
		Integer achieved = (Integer) rs.getObject("achieved_value");
		Integer percent = achieved == null || target == 0 ? null : (int) Math.floor(achieved * 100.0 / target);
		return new NetworkViews.Goal(rs.getObject("id", UUID.class), year, new FiscalYear(year).label(), program,
				program.label(), rs.getString("indicator"), target, rs.getString("unit"),
				rs.getObject("set_on", LocalDate.class), achieved, rs.getString("achievement"),
				rs.getObject("reported_on", LocalDate.class), percent, rs.getInt("version"));
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
