package jp.kasane.rules;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 地域子育て支援拠点の実施形態 (forms of a child-rearing support hub, 別記2の4 4(2)–(3)). */
public enum ChildRearingHubType {

	/** 一般型 (4(2)): a permanent hub. */
	GENERAL("一般型"),
	/** 連携型 (4(3)): in a 児童館・児童センター. */
	COOPERATIVE("連携型"),
	/** 出張ひろば (4(2)⑤): pop-up sites of a 一般型 hub. */
	POP_UP("出張ひろば（一般型）"),
	/** 小規模型指定施設 (4(2)⑨, 経過措置). */
	SMALL_DESIGNATED("小規模型指定施設（経過措置）");

	private final String label;

	ChildRearingHubType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** GENERAL or 一般型 (and so on). */
	@JsonCreator
	public static ChildRearingHubType parse(String text) {
		String t = text == null ? "" : text.strip();
		return Arrays.stream(values())
			.filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t) || v.label.startsWith(t + "（"))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown hub type"));
	}
}
