package jp.kasane.participation;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What a person wishes or needs (本人の希望・ニーズ) and what a menu suits: the shared vocabulary the
 * matching compares.
 */
public enum Interest {
	TALKING("人と話す練習"), MOVING("体を動かす"), OUTDOOR("屋外作業"), AT_HOME("在宅"), ANIMALS("動物"), COOKING("調理"),
	PLANTS("植物・農作業"), CRAFT("ものづくり"), COMPUTER("パソコン作業"), BOOKS("本・図書"), CHILDREN("子どもと関わる"),
	ELDERLY("高齢者と関わる"), CLEANING("清掃・整理"), SALES("接客・販売"), STUDY("学び直し"), QUIET("静かな環境");

	private final String label;

	Interest(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Labels in catalogue order, joined with 「、」. */
	static String labels(Collection<Interest> interests) {
		return interests.stream().sorted().map(Interest::label).collect(Collectors.joining("、"));
	}
}
