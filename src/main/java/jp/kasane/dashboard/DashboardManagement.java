package jp.kasane.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.casework.CaseManagement;
import jp.kasane.person.PersonAccess;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' API: the figures of a 年度 for the user's scope ({@link DashboardScope}) and the records behind
 * one figure, each shown only if the user may open it. 監査担当 and システム管理者 have no dashboards.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
public class DashboardManagement {


	private final DashboardQueries queries;
	private final PersonAccess access;
	private final CaseManagement cases;
	private final AuditLog audit;
	private final Clock clock;

	DashboardManagement(DashboardQueries queries, PersonAccess access, CaseManagement cases, AuditLog audit, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** The 年度 named by the request, or the current one (by the clock) when none is given. */
	public FiscalYear year(String text) {
		FiscalYear current = FiscalYear.of(LocalDate.now(clock));
		return text == null || text.isBlank() ? current : FiscalYear.parseReportable(text, current);
	}

	/** The years the page offers, newest first (this year and the four before it). */
	public List<FiscalYear> recentYears() {
		int current = FiscalYear.of(LocalDate.now(clock)).year();
		List<FiscalYear> years = new ArrayList<>();
		for (int y = current; y > current - 5; y--) {
			years.add(new FiscalYear(y));
		}
		return years;
	}

	/** What the user's dashboards count, in words (市全体, or the agency's own work). */
	public String scopeLabel() {
		Actor actor = ActorContext.require();
		return scope(actor, queries.agencies(actor.tenantId())).label();
	}

	/** Every figure of the year, one SQL aggregate each. */
	public List<ChartData> charts(FiscalYear year) {
		Actor actor = ActorContext.require();
		Map<String, String> agencies = queries.agencies(actor.tenantId());
		Map<String, String> tags = queries.tags();
		DashboardQueries.Window window = window(actor, year, scope(actor, agencies));
		List<ChartData> out = new ArrayList<>();
		for (Chart chart : Chart.values()) {
			out.add(draw(chart, year, window, agencies, tags));
		}
		return out;
	}

	/** One figure of the year. */
	public ChartData chart(String code, FiscalYear year) {
		Actor actor = ActorContext.require();
		Chart chart = Chart.byCode(code).orElseThrow(() -> new NotFoundException("chart", code));
		Map<String, String> agencies = queries.agencies(actor.tenantId());
		return draw(chart, year, window(actor, year, scope(actor, agencies)), agencies, queries.tags());
	}

	/**
	 * The records behind one figure: the category ({@code d1}) and, optionally, the series ({@code d2}) clicked.
	 * Records the user may not open are counted as hidden and never named; each person listed is audited.
	 */
	@Transactional
	public RecordList records(String code, FiscalYear year, Map<String, String> request) {
		Actor actor = ActorContext.require();
		Chart chart = Chart.byCode(code).orElseThrow(() -> new InvalidField("chart", "グラフ「" + code + "」はありません"));
		Map<String, String> agencies = queries.agencies(actor.tenantId());
		Map<String, String> tags = queries.tags();
		String d1 = request.get(chart.d1Param);
		if (d1 == null || d1.isBlank()) {
			throw new InvalidField(chart.d1Param, "どの項目の記録を見るか（" + chart.d1Param + "）を指定してください");
		}
		String d1Label = label(chart.d1, chart.d1Param, d1, year, agencies, tags);
		String d2 = chart.d2Param == null ? null : blankToNull(request.get(chart.d2Param));
		String d2Label = d2 == null ? null : label(chart.d2, chart.d2Param, d2, year, agencies, tags);
		List<DashboardQueries.Behind> rows = queries.behind(chart, window(actor, year, scope(actor, agencies)), d1, d2);

		Map<String, List<DashboardQueries.Behind>> byRecord = new LinkedHashMap<>();
		rows.forEach(r -> byRecord.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
		Map<UUID, Optional<String>> bases = new HashMap<>();
		List<RecordList.Row> shown = new ArrayList<>();
		List<AuditEvent> reads = new ArrayList<>();
		long hidden = 0;
		for (Map.Entry<String, List<DashboardQueries.Behind>> record : byRecord.entrySet()) {
			if (shown.size() >= DashboardQueries.RECORD_LIMIT) {
				break;
			}
			DashboardQueries.Behind first = record.getValue().get(0);
			List<String> names = new ArrayList<>();
			UUID opensPerson = null;
			if (chart.kind.personal()) {
				for (DashboardQueries.Behind r : record.getValue()) {
					Optional<String> basis = bases.computeIfAbsent(r.person(), p -> access.basis(actor, new PersonId(p)));
					if (basis.isPresent()) {
						if (opensPerson == null) {
							opensPerson = r.person();
						}
						names.add(r.name());
						reads.add(new AuditEvent(AuditAction.LIST, "dashboard:" + chart.code, record.getKey(), new PersonId(r.person()),
								basis.get()));
					}
				}
				if (names.isEmpty()) {
					hidden++;
					continue;
				}
			}
			else if (chart.kind == Chart.RecordKind.CASE && !cases.mayOpen(UUID.fromString(record.getKey()))) {
				hidden++;
				continue;
			}
			shown.add(new RecordList.Row(record.getKey(), href(chart.kind, record.getKey(), opensPerson),
					first.onDate() == null ? "" : first.onDate().toString(), info(chart, first.info(), agencies),
					String.join("、", names.stream().distinct().toList())));
		}
		audit.recordAll(reads);
		String figure = chart.title + "：" + d1Label + (d2Label == null ? "" : "・" + d2Label);
		return new RecordList(chart.code, figure, chart.kind.label, year.year(), year.label(), byRecord.size(), shown, hidden,
				byRecord.size() > shown.size() + hidden);
	}

	private ChartData draw(Chart chart, FiscalYear year, DashboardQueries.Window window, Map<String, String> agencies,
			Map<String, String> tags) {
		List<DashboardQueries.Cell> cells = queries.cells(chart, window);
		long total = 0;
		Double mean = null;
		Double median = null;
		Map<String, DashboardQueries.Cell> byKey = new HashMap<>();
		for (DashboardQueries.Cell c : cells) {
			if (c.total()) {
				total = c.count();
				mean = round(c.mean());
				median = round(c.median());
			}
			else {
				byKey.put(c.d1() + "\u0000" + c.d2(), c);
			}
		}
		List<String> params = new ArrayList<>();
		params.add(chart.d1Param);
		params.add(chart.d2Param);
		if (chart.type.equals("sankey")) {
			List<ChartData.Link> links = new ArrayList<>();
			java.util.Set<String> used = new java.util.LinkedHashSet<>();
			cells.stream().filter(c -> !c.total()).forEach(c -> {
				used.add(c.d1());
				used.add(c.d2());
				links.add(new ChartData.Link(c.d1(), agencies.getOrDefault(c.d1(), c.d1()), c.d2(),
						agencies.getOrDefault(c.d2(), c.d2()), c.count(), round(c.mean()), round(c.median())));
			});
			List<ChartData.Category> nodes = used.stream().map(id -> new ChartData.Category(id, agencies.getOrDefault(id, id))).toList();
			return new ChartData(chart.code, chart.title, year.year(), year.label(), chart.type, false, chart.unit, chart.note,
					params, nodes, List.of(), links, total, mean, median);
		}
		List<Domain.Item> categories = chart.d1.items(year, agencies, tags);
		List<ChartData.Series> series = new ArrayList<>();
		for (Domain.Item s : chart.d2.items(year, agencies, tags)) {
			List<Long> data = new ArrayList<>();
			List<Double> means = new ArrayList<>();
			boolean measured = false;
			for (Domain.Item c : categories) {
				DashboardQueries.Cell cell = byKey.get(c.code() + "\u0000" + s.code());
				data.add(cell == null ? 0L : cell.count());
				means.add(cell == null ? null : round(cell.mean()));
				measured |= cell != null && cell.mean() != null;
			}
			series.add(new ChartData.Series(s.code(), s.label(), data, measured ? means : null));
		}
		return new ChartData(chart.code, chart.title, year.year(), year.label(), chart.type, chart.stacked, chart.unit, chart.note,
				params, categories.stream().map(c -> new ChartData.Category(c.code(), c.label())).toList(), series, List.of(), total,
				mean, median);
	}

	private DashboardScope scope(Actor actor, Map<String, String> agencies) {
		return DashboardScope.of(actor, agencies.getOrDefault(actor.agencyId().value().toString(), "自機関"))
			.orElseThrow(() -> new AccessRefused("DASHBOARD_NOT_FOR_ROLE", "ダッシュボードは市町村担当課・多機関協働・相談支援員の方が使えます"));
	}

	private DashboardQueries.Window window(Actor actor, FiscalYear year, DashboardScope scope) {
		LocalDate today = LocalDate.now(clock);
		LocalDate cutoff = year.end().isBefore(today) ? year.end() : today;
		OffsetDateTime until = year.end().isBefore(today)
				? ZonedDateTime.of(year.end(), LocalTime.MAX, clock.getZone()).toOffsetDateTime()
				: OffsetDateTime.now(clock);
		return new DashboardQueries.Window(actor.tenantId(), year.start(), year.end(), cutoff, until,
				scope.agency().map(a -> a.value()).orElse(null), today);
	}

	private static String label(Domain domain, String param, String code, FiscalYear year, Map<String, String> agencies,
			Map<String, String> tags) {
		return domain.items(year, agencies, tags).stream()
			.filter(i -> i.code().equals(code))
			.map(Domain.Item::label)
			.findFirst()
			.orElseThrow(() -> new InvalidField(param, "「" + code + "」はこのグラフの項目にありません"));
	}

	private static String href(Chart.RecordKind kind, String id, UUID person) {
		return switch (kind) {
			case CONSULTATION -> "/people/" + person + "/consultations";
			case REFERRAL -> "/people/" + person;
			case CASE -> "/cases/" + id;
			case MEETING -> "/meetings/" + id;
			case OUTREACH -> "/outreach/" + id;
			case PLACEMENT -> "/participation/people/" + person;
			case ISSUE -> "/community/issues/" + id;
			case HOUSEHOLD -> "/households/" + id;
		};
	}

	private static String info(Chart chart, String info, Map<String, String> agencies) {
		if (info == null) {
			return "";
		}
		return switch (chart) {
			case CASES_BY_STATE, CASE_STATE_DAYS, PENDING_CONFERENCES -> {
				try {
					yield jp.kasane.casework.CaseState.valueOf(info).label();
				}
				catch (IllegalArgumentException ex) {
					yield info;
				}
			}
			case OUTREACH -> jp.kasane.outreach.Stage.valueOf(info).label();
			case REFERRALS -> {
				try {
					yield jp.kasane.intake.ReferralStatus.valueOf(info).label();
				}
				catch (IllegalArgumentException ex) {
					yield info;
				}
			}
			default -> info;
		};
	}

	private static Double round(Double value) {
		return value == null ? null : Math.round(value * 10) / 10.0;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
