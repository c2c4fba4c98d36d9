package jp.kasane.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The one registry of every computable rule (制度ルールの一覧): its id (the API path segment), Japanese name, seed
 * sections, versions and sources, and where it is asked. The API's list, the planner's index and the version
 * selection all read it, so a rule added here appears everywhere.
 */
@Component
public class RuleCatalog {

	/** Error code when no version of a rule applies to the fiscal year asked about. */
	public static final String VERSION_NOT_FOUND = "RULE_VERSION_NOT_FOUND";

	static final int FIRST_FISCAL_YEAR = 1989;
	static final int LAST_FISCAL_YEAR = 2200;

	/**
	 * One rule as listed.
	 *
	 * @param id           the POST path segment under {@code /api/v1/rules/}
	 * @param name         the Japanese name
	 * @param seedSections the seed and its sections, e.g. 「000 4(2)」
	 * @param versions     the versions oldest first (each with its notice and first fiscal year)
	 * @param sources      the sections of the source document as the answers cite them
	 * @param page         the planner page where the rule can be tried
	 */
	public record Entry(String id, String name, List<String> seedSections, List<RuleVersion> versions,
			List<RuleSource> sources, String page) {

		/** The POST URL of the rule. */
		@JsonProperty("path")
		public String path() {
			return "/api/v1/rules/" + id;
		}

		/** The latest version's short name, for the list. */
		@JsonProperty("version")
		public String version() {
			return versions.get(versions.size() - 1).label();
		}

		Optional<RuleVersion> versionFor(FiscalYear year) {
			return versions.stream().filter(v -> v.appliesTo(year)).max(Comparator.comparingInt(v -> v.appliesFrom().year()));
		}
	}

	/**
	 * The version a rule answered with, stated in every API answer.
	 *
	 * @param fiscalYear the fiscal year asked about (the current one when none was given)
	 * @param requested  whether the fiscal year was given in the request
	 * @param note       a Japanese note when the version is older than the year asked about
	 */
	public record VersionUsed(String rule, int fiscalYear, String fiscalYearLabel, boolean requested,
			int appliesFromFiscalYear, String appliesFromLabel, String version, String notice, String note) {
	}

	static final List<Entry> ENTRIES = List.of(
			new Entry("platform-subsidy", PlatformSubsidyRule.NAME, List.of("000 4(2)", "000 3(2)"),
					PlatformSubsidyRule.VERSIONS, PlatformSubsidyRule.SOURCES, "/rules#platform-subsidy"),
			new Entry("renkei-setup-support", RenkeiSetupSupportRule.NAME, List.of("000 4(1)", "000 3(1)"),
					PlatformSubsidyRule.VERSIONS, RenkeiSetupSupportRule.SOURCES, "/rules#renkei-setup-support"),
			new Entry("new-function-base", NewFunctionBaseRule.NAME, List.of("002 令和３年度における新たな機能分の補助基準額"),
					NewFunctionBaseRule.VERSIONS, NewFunctionBaseRule.SOURCES, "/rules#new-function-base"),
			new Entry("cost-share", CostShareRule.NAME, List.of("002 各事業の補助率等", "002 重層的支援体制整備事業（補助率）"),
					NewFunctionBaseRule.VERSIONS, CostShareRule.SOURCES, "/rules#cost-share"),
			new Entry("child-center-staffing", "こども家庭センターの類型と最低配置人員",
					List.of("001 別記1の3 4(3)④エ(ウ)", "001 別記1の3【別添4】", "001 別記1の3【別表】1"), ChildCareSources.VERSIONS,
					ChildCenterStaffingRule.SOURCES, "/rules/child-care#child-center-staffing"),
			new Entry("abuse-response-specialists", "虐待対応専門員の上乗せ配置",
					List.of("001 別記1の3 4(3)④エ(ウ)", "001 別記1の3【別表】2"), ChildCareSources.VERSIONS,
					AbuseResponseSpecialistRule.SOURCES, "/rules/child-care#abuse-response-specialists"),
			new Entry("support-plan-assistants", "サポートプラン作成支援員の配置", List.of("001 別記1の3 4(3)④オ"),
					ChildCareSources.VERSIONS, SupportPlanAssistantRule.SOURCES, "/rules/child-care#support-plan-assistants"),
			new Entry("user-support-add-ons", "利用者支援事業（基本型）の夜間加算・休日加算・機能強化",
					List.of("001 別記1の3 4(1)④オ・カ・キ"), ChildCareSources.VERSIONS, UserSupportAddOnRule.SOURCES,
					"/rules/child-care#user-support-add-ons"),
			new Entry("child-rearing-hub", "地域子育て支援拠点の開設日数・時間と職員の基準", List.of("001 別記2の4 4(1)～(3)"),
					ChildCareSources.VERSIONS, ChildRearingHubStandardRule.SOURCES, "/rules/child-care#child-rearing-hub"),
			new Entry("community-activity-center", "地域活動支援センターの類型（Ⅰ型・Ⅱ型・Ⅲ型）", List.of("001 別記2の3 3(1)～(3)"),
					ChildCareSources.VERSIONS, CommunityActivityCenterTypeRule.SOURCES,
					"/rules/child-care#community-activity-center"));

	private final Clock clock;

	public RuleCatalog(Clock clock) {
		this.clock = clock;
	}

	/** Every rule, in the order of the seeds. */
	public List<Entry> entries() {
		return ENTRIES;
	}

	public Entry entry(String id) {
		return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("rule", id));
	}

	/**
	 * The version of a rule for a fiscal year: the latest that applies from that year or earlier; the version in
	 * force today when no year is given.
	 *
	 * @throws InvalidField   (fiscalYear) for a year outside 1989–2200
	 * @throws RuleViolation  {@value #VERSION_NOT_FOUND} when the year is before the rule's first version
	 */
	public VersionUsed version(String id, Integer fiscalYear) {
		return resolve(id, fiscalYear).used();
	}

	/** The version chosen and how it is stated in the answer. */
	private record Resolved(RuleVersion version, VersionUsed used) {
	}

	private Resolved resolve(String id, Integer fiscalYear) {
		Entry entry = entry(id);
		if (fiscalYear != null && (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > LAST_FISCAL_YEAR)) {
			throw new InvalidField("fiscalYear", "年度は" + FIRST_FISCAL_YEAR + "から" + LAST_FISCAL_YEAR + "までの西暦年（例：2026）で入力してください");
		}
		FiscalYear year = fiscalYear == null ? FiscalYear.of(LocalDate.now(clock)) : new FiscalYear(fiscalYear);
		RuleVersion version = entry.versionFor(year).orElseThrow(() -> new RuleViolation(VERSION_NOT_FOUND,
				"「" + entry.name() + "」には" + year.label() + "に適用できる版がありません（最も古い版は"
						+ entry.versions().get(0).appliesFromLabel() + "適用の「" + entry.versions().get(0).label() + "」です）"));
		RuleVersion latest = entry.versions().get(entry.versions().size() - 1);
		String note = version == latest && version.appliesFrom().year() < year.year()
				? year.label() + "の表は登録されていないため、" + version.appliesFromLabel() + "適用の最新の版「" + version.label()
						+ "」で計算しています。その年度の交付要綱・通知の額を確かめてください。"
				: null;
		return new Resolved(version, new VersionUsed(id, year.year(), year.label(), fiscalYear != null,
				version.appliesFrom().year(), version.appliesFromLabel(), version.label(), version.notice(), note));
	}

	/** A fiscal year as a request gives it: absent or blank → null; anything but a number is a bad field. */
	static Integer parseYear(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC);
		if (!digits.matches("[0-9]{1,6}")) {
			throw new InvalidField("fiscalYear", "年度は西暦の数字（例：2026）で入力してください");
		}
		return Integer.valueOf(digits);
	}

	/**
	 * Selects the version for the fiscal year (absent = today's) first, so a year without a version is refused before
	 * anything is computed, then asks the rule with that version's numbers and states the version in the answer.
	 */
	public <T> RuleAnswer<T> answer(String id, String fiscalYear, Function<RuleVersion, T> rule) {
		Resolved resolved = resolve(id, parseYear(fiscalYear));
		return new RuleAnswer<>(rule.apply(resolved.version()), resolved.used());
	}
}
