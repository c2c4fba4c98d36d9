package jp.kasane.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The facts as a municipal officer enters them; each may be left empty. The bounds keep out what no Japanese
 * municipality or prefecture can have (more than 15 million people). {@code version} is the facts' version as read
 * ({@link ProgramFacts#version()}, 0 before the first save): a save over a newer version is refused (STALE_VERSION).
 */
public record ProgramFactsForm(
		@Min(value = 1, message = "人口は1人以上で入力してください") @Max(value = ProgramFactsForm.MAX_POPULATION, message = "人口は1,500万人以下で入力してください") Integer population,
		@PositiveOrZero(message = "18歳未満人口は0人以上で入力してください") @Max(value = ProgramFactsForm.MAX_POPULATION, message = "18歳未満人口は1,500万人以下で入力してください") Integer childPopulation,
		@PositiveOrZero(message = "サポートプランの件数は0件以上で入力してください") @Max(value = 1_000_000, message = "サポートプランの件数は100万件以下で入力してください") Integer supportPlans,
		@NotNull(message = "版（version）が必要です。最新の内容を読み込んでから保存してください") @PositiveOrZero(message = "版（version）は0以上です") Integer version) {

	static final int MAX_POPULATION = 15_000_000;

	static ProgramFactsForm of(ProgramFacts facts) {
		return new ProgramFactsForm(facts.population(), facts.childPopulation(), facts.supportPlans(), facts.version());
	}
}
