package jp.kasane.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jp.kasane.reporting.FiscalYearReport.Table;
import jp.kasane.reporting.FiscalYearReport.Value;
import jp.kasane.reporting.StatTable.Cell;
import org.junit.jupiter.api.Test;

/** 秘匿処理 at its boundaries: threshold 3 (0, 1, 2, 3), secondary suppression, tables that count no one. */
class SmallCellSuppressionTest {

	final SmallCellSuppression rule = new SmallCellSuppression(3);

	@Test
	void primaryBoundariesAtThresholdThree() {
		assertThat(rule.isSmall(0)).as("0 reveals nobody").isFalse();
		assertThat(rule.isSmall(1)).isTrue();
		assertThat(rule.isSmall(2)).isTrue();
		assertThat(rule.isSmall(3)).isFalse();
	}

	@Test
	void zeroOneTwoThreeInOneTableWithoutTotal() {
		assertThat(shown(rule.apply(table(null, 0, 1, 2, 3), true))).containsExactly("0", "＊", "＊", "3");
	}

	@Test
	void aSingleSuppressedCellTakesTheNextSmallestWithIt() {
		// 1 alone under a total of 13 would be 13 − 3 − 4 − 5; the 3 (smallest shown) goes too
		Table t = rule.apply(table(13L, 0, 3, 1, 4, 5), true);
		assertThat(shown(t)).containsExactly("0", "＊", "＊", "4", "5");
		assertThat(t.total().shown()).isEqualTo("13");
	}

	@Test
	void tiesTakeTheFirstRow() {
		assertThat(shown(rule.apply(table(11L, 4, 1, 3, 3), true))).containsExactly("4", "＊", "＊", "3");
	}

	@Test
	void twoSuppressedCellsAddingUpToLessThanTheThresholdTakeAThird() {
		// 1 + 1 under a shown total would both be known as 1
		Table t = rule.apply(table(5L, 3, 1, 1), true);
		assertThat(shown(t)).containsExactly("＊", "＊", "＊");
		assertThat(t.total().shown()).isEqualTo("5");
	}

	@Test
	void twoSuppressedCellsAddingUpToTheThresholdAreEnough() {
		Table t = rule.apply(table(9L, 6, 1, 2), true);
		assertThat(shown(t)).containsExactly("6", "＊", "＊");
		assertThat(t.total().shown()).isEqualTo("9");
	}

	@Test
	void whenNoOtherRowCanBeSuppressedTheTotalIs() {
		// rows that are not additive (e.g. several tags per consultation): the 1 is the only non-zero row
		Table t = rule.apply(table(4L, 1, 0, 0), true);
		assertThat(shown(t)).containsExactly("＊", "0", "0");
		assertThat(t.total().shown()).isEqualTo("＊");
		assertThat(t.total().count()).isNull();
	}

	@Test
	void aSmallTotalIsSuppressedWithItsRows() {
		Table t = rule.apply(table(2L, 2, 0), true);
		assertThat(shown(t)).containsExactly("＊", "0");
		assertThat(t.total().suppressed()).isTrue();
	}

	@Test
	void aSingleCellTableHasOnlyPrimarySuppression() {
		assertThat(shown(rule.apply(table(null, 1), true))).containsExactly("＊");
		assertThat(shown(rule.apply(table(null, 3), true))).containsExactly("3");
	}

	@Test
	void internalReportsAndTablesThatCountNoOneAreNeverSuppressed() {
		assertThat(shown(rule.apply(table(3L, 1, 2, 0), false))).containsExactly("1", "2", "0");
		StatTable events = new StatTable("行事", List.of(new Cell("a", 1), new Cell("b", 2)), new Cell("合計", 3), false);
		assertThat(shown(rule.apply(events, true))).containsExactly("1", "2");
	}

	@Test
	void suppressedValuesCarryNoCount() {
		Value v = rule.apply(table(null, 2, 5), true).rows().get(0);
		assertThat(v.suppressed()).isTrue();
		assertThat(v.count()).isNull();
		assertThat(v.shown()).isEqualTo(FiscalYearReport.MARKER);
	}

	@Test
	void theThresholdIsConfigurable() {
		SmallCellSuppression five = new SmallCellSuppression(5);
		assertThat(shown(five.apply(table(null, 0, 4, 5, 10), true))).containsExactly("0", "＊", "＊", "10");
		SmallCellSuppression off = new SmallCellSuppression(1);
		assertThat(shown(off.apply(table(null, 1, 2), true))).containsExactly("1", "2");
		assertThatThrownBy(() -> new SmallCellSuppression(0)).isInstanceOf(IllegalArgumentException.class);
	}

	private static StatTable table(Long total, long... counts) {
		List<Cell> cells = Arrays.stream(counts).mapToObj(c -> new Cell("r", c)).toList();
		return new StatTable("t", cells, total == null ? null : new Cell("合計", total), true);
	}

	private static Stream<String> shownStream(Table t) {
		return t.rows().stream().map(Value::shown);
	}

	private static List<String> shown(Table t) {
		return shownStream(t).toList();
	}
}
