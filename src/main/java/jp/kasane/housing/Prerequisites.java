package jp.kasane.housing;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's 居住継続支援 checklist: the five prerequisite measures (①) with done flag, date and
 * evidence, the three setup activities (②) with their status, the version to send back with a change,
 * and what {@link HousingPrerequisitePolicy} answers.
 */
public record Prerequisites(List<Measure> measures, List<Activity> activities, int version,
		HousingPrerequisitePolicy.Decision decision) {

	/** One measure of ①: done or not, since when, and the evidence (e.g. 配置辞令, 協定書). */
	public record Measure(PrerequisiteMeasure measure, boolean done, LocalDate doneOn, String evidence) {
	}

	/** One activity of ② and where it stands. */
	public record Activity(SetupActivity activity, ActivityStatus status, String note) {
	}
}
