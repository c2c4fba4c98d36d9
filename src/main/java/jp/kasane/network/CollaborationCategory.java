package jp.kasane.network;

/** The 協働事業 of 000 3(2)イ (ア)–(サ), with the seed's wording. */
public enum CollaborationCategory {
	ONE_STOP_CONSULTATION("（ア）様々なニーズに対応した分野横断的かつ包括的なワンストップ相談支援拠点の設置"),
	WATCHING_OVER("（イ）現時点では自立している単身高齢者に対する見守り等その孤立死防止のための事業"),
	LIGHT_DAILY_HELP("（ウ）公的サービスの利用ができない者に対するゴミ出しや買い物等の軽度日常生活支援"),
	COEXISTENCE_PLACE("（エ）高齢者や障害者、子ども、地域住民等の共生の場づくり"),
	EMERGENCY_RELIEF("（オ）緊急一時的に支援が必要な者に対する宿所や食料の提供、資金の貸付け"),
	SCHOLARSHIP("（カ）貧困家庭の子どもに対する奨学金の貸与と、自立に向けた継続的な相談支援"),
	WORK_CARE_BALANCE("（キ）仕事と介護や子育ての両立に向けた支援"),
	WORKPLACES("（ク）地域課題を踏まえた障害者等の職場づくり"),
	TRANSPORT("（ケ）中山間地域等における移動困難者に対する移送支援"),
	ADVOCACY("（コ）高齢者や障害者等に対する権利擁護支援"),
	DISASTER_SUPPORT("（サ）災害時要援護者に対する支援体制の構築");

	private final String label;

	CollaborationCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
