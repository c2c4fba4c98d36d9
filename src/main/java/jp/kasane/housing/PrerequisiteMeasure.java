package jp.kasane.housing;

/**
 * The five 居住支援に係る基本的な取組 (別添5 4(2)①) a municipality must all have in place before it
 * may use 居住継続支援 ({@link HousingPrerequisitePolicy}).
 */
public enum PrerequisiteMeasure {
	/** 自立相談支援機関への住まいの課題に対応する支援員の配置. */
	HOUSING_SUPPORT_WORKER(1, "自立相談支援機関に住まい支援員等を配置", "自立相談支援機関への住まいの課題に対応する支援員の配置"),
	/** 市町村庁内での居住支援に係る連携体制の整備. */
	HOUSING_DEPARTMENT_LINKAGE(2, "庁内の住宅部局等との連携体制",
			"重層的支援体制整備事業の主管課と居住支援関係課との連携等、庁内での居住支援に係る連携体制の整備"),
	/** 地域居住支援事業 (生活困窮者自立支援法3条6項2号). */
	COMMUNITY_HOUSING_SUPPORT(3, "地域居住支援事業の実施", "生活困窮者自立支援法第3条第6項第2号に基づく地域居住支援事業の実施"),
	/** 住宅確保要配慮者居住支援法人との連携 (住宅セーフティネット法40条). */
	SUPPORT_CORPORATION_LINKAGE(4, "住宅確保要配慮者居住支援法人との連携",
			"住宅セーフティネット法第40条に基づく住宅確保要配慮者居住支援法人との連携体制の整備"),
	/** アウトリーチ等・参加支援事業者の居住支援協議会への参画 (同法51条). */
	SUPPORT_COUNCIL_PARTICIPATION(5, "アウトリーチ・参加支援事業者の居住支援協議会への参画",
			"住宅セーフティネット法第51条に基づく住宅確保要配慮者居住支援協議会へのアウトリーチ等を通じた継続的支援事業者・参加支援事業者の参加");

	private final int number;
	private final String label;
	private final String basis;

	PrerequisiteMeasure(int number, String label, String basis) {
		this.number = number;
		this.label = label;
		this.basis = basis;
	}

	public int number() {
		return number;
	}

	public String label() {
		return label;
	}

	/** The wording of 別添5 4(2)① with its statutory basis. */
	public String basis() {
		return basis;
	}

	/** "4. 住宅確保要配慮者居住支援法人との連携", as the refusal lists it. */
	public String numbered() {
		return number + ". " + label;
	}
}
