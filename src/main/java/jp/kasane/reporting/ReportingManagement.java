package jp.kasane.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.documents.PdfPrinter;
import jp.kasane.reporting.FiscalYearReport.Section;
import jp.kasane.reporting.FiscalYearStatistics.CountedSection;
import jp.kasane.reporting.StatisticsQueries.Period;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 実績報告・統計: the fiscal-year statistics of the signed-in user's tenant and their export files.
 *
 * <p>Who: municipal staff (市町村担当課) and the 多機関協働 coordinators, town-wide, since the figures are counts
 * only. Caseworkers of the other agencies, administrators and auditors get 403: the town-wide report is the
 * municipality's 実績報告, and an agency's own figures are on the dashboards. Only municipal staff may ask for the
 * 庁内用 version without suppression ({@code REPORT_INTERNAL_MUNICIPAL_ONLY} otherwise); everyone else gets
 * 外部提出用. Every export (JSON, CSV, XLSX, PDF) is written to the audit log as 出力 without a person.
 */
@Service
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
public class ReportingManagement {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);

	private final FiscalYearStatistics statistics;
	private final StatisticsQueries queries;
	private final SmallCellSuppression suppression;
	private final PdfPrinter printer;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate snapshot;
	private final TransactionTemplate writing;

	ReportingManagement(FiscalYearStatistics statistics, StatisticsQueries queries, SmallCellSuppression suppression,
			PdfPrinter printer, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
		// The report's twenty-odd aggregates must describe one moment: under PostgreSQL's default READ COMMITTED
		// each statement sees its own snapshot, and a consultation saved mid-report made 分野別 add up to more than
		// 相談件数. So the counting runs in one read-only REPEATABLE READ transaction, and the export's audit entry in
		// its own short one afterwards (writing the audit chain under REPEATABLE READ could fail on a concurrent export).
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.writing = new TransactionTemplate(transactions);
		this.statistics = statistics;
		this.queries = queries;
		this.suppression = suppression;
		this.printer = printer;
		this.audit = audit;
		this.clock = clock;
	}

	/** The 年度 today falls in (by the injected clock, Japan time). */
	public FiscalYear currentYear() {
		return FiscalYear.of(LocalDate.now(clock));
	}

	/** The 年度 the page offers, newest first: the current one and the four before it. */
	public List<FiscalYear> selectableYears() {
		int current = currentYear().year();
		return IntStream.rangeClosed(0, 4).mapToObj(i -> new FiscalYear(current - i)).toList();
	}

	/** The purpose used when none is asked for: 庁内用 for municipal staff, 外部提出用 for everyone else. */
	public ReportPurpose defaultPurpose() {
		return ActorContext.require().has(Role.MUNICIPAL_STAFF) ? ReportPurpose.INTERNAL : ReportPurpose.EXTERNAL;
	}

	/** The report for showing on the page (not audited: the page is not a file that leaves). */
	public FiscalYearReport report(String year, String purpose) {
		FiscalYear fiscalYear = FiscalYear.parseReportable(year, currentYear());
		ReportPurpose chosen = purpose(purpose);
		return snapshot.execute(status -> build(fiscalYear, chosen));
	}

	/** The report as JSON for the API, audited as an export. */
	public FiscalYearReport export(String year, String purpose) {
		FiscalYearReport report = report(year, purpose);
		audited(report, "json");
		return report;
	}

	public ReportFile csv(String year, String purpose, String encoding) {
		CsvEncoding charset = CsvEncoding.parse(encoding);
		FiscalYearReport report = report(year, purpose);
		byte[] body = ReportCsv.write(report, charset);
		audited(report, "csv-" + charset.parameter());
		return new ReportFile(body, "text/csv; charset=" + (charset == CsvEncoding.UTF_8 ? "UTF-8" : "Windows-31J"),
				fileName(report, charset == CsvEncoding.UTF_8 ? ".csv" : "_sjis.csv"));
	}

	public ReportFile xlsx(String year, String purpose) {
		FiscalYearReport report = report(year, purpose);
		byte[] body = ReportXlsx.write(report);
		audited(report, "xlsx");
		return new ReportFile(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName(report, ".xlsx"));
	}

	public ReportFile pdf(String year, String purpose) {
		FiscalYearReport report = report(year, purpose);
		byte[] body = ReportPdf.write(report, printer, LocalDate.now(clock).format(DAY));
		audited(report, "pdf");
		return new ReportFile(body, "application/pdf", fileName(report, ".pdf"));
	}

	private FiscalYearReport build(FiscalYear year, ReportPurpose purpose) {
		Actor actor = ActorContext.require();
		Period period = Period.of(actor.tenantId().value(), year);
		boolean suppress = purpose == ReportPurpose.EXTERNAL;
		List<Section> sections = new ArrayList<>();
		for (CountedSection counted : statistics.count(period)) {
			sections.add(new Section(counted.program(),
					counted.tables().stream().map(t -> suppression.apply(t, suppress)).toList()));
		}
		return new FiscalYearReport(year.year(), year.label(), year.start().format(DAY) + "〜" + year.end().format(DAY),
				queries.tenantName(period.tenant()), purpose, suppression.threshold(), sections, notes(purpose));
	}

	private ReportPurpose purpose(String text) {
		ReportPurpose purpose;
		if (text == null || text.isBlank()) {
			purpose = defaultPurpose();
		}
		else {
			purpose = switch (text.strip()) {
				case "INTERNAL", "internal", "庁内用" -> ReportPurpose.INTERNAL;
				case "EXTERNAL", "external", "外部提出用" -> ReportPurpose.EXTERNAL;
				default -> throw new InvalidField("purpose", "用途は 庁内用（INTERNAL）か 外部提出用（EXTERNAL）を指定してください");
			};
		}
		if (purpose == ReportPurpose.INTERNAL && !ActorContext.require().has(Role.MUNICIPAL_STAFF)) {
			throw new AccessRefused("REPORT_INTERNAL_MUNICIPAL_ONLY",
					"庁内用（秘匿処理なし）の統計は市町村の担当課だけが出力できます。外部提出用を選んでください");
		}
		return purpose;
	}

	private List<String> notes(ReportPurpose purpose) {
		List<String> notes = new ArrayList<>();
		if (purpose == ReportPurpose.EXTERNAL) {
			notes.add(FiscalYearReport.MARKER + " は秘匿した値です。1以上" + suppression.threshold()
					+ "未満の値に加え、合計などから逆算できないよう、表の中で秘匿が1つだけのとき、または合計を示す表で秘匿した値の和が"
					+ suppression.threshold() + "未満のときは、表示している0でない最小の値も順に秘匿します（なければ合計を秘匿）。0 はそのまま示します。");
			notes.add("会議の開催、地域課題、行事とその参加者は個人を数えないため秘匿しません。");
		}
		else {
			notes.add("庁内用：秘匿処理をしていません。小さな値から個人が特定されるおそれがあるため、庁外に提出しないでください。");
		}
		notes.add("年度は4月1日から翌年3月31日まで（日本時間）。相談は受付日、事例の手続は記録した日時、会議は開催日で数えます。");
		notes.add("分野別は相談を受け付けた機関の分野で数えます（複数の分野を担う機関は「複数分野の機関」）。課題別は複数選択のため合計しません。");
		notes.add("狭間：年度中に世帯員の相談が、単一分野の機関の2つ以上の分野にまたがった世帯の数です。");
		return notes;
	}

	private void audited(FiscalYearReport report, String format) {
		writing.executeWithoutResult(status -> audit.record(new AuditEvent(AuditAction.EXPORT, "report:fiscal-year", report.year() + ":" + format, null,
				"STATISTICS_" + report.purpose().name())));
	}

	private static String fileName(FiscalYearReport report, String suffix) {
		return "実績報告_" + report.year() + "年度_" + report.purpose().label() + suffix;
	}
}
