package jp.kasane.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WarekiDateTest {

	@Nested
	class 受け付ける書き方 {

		@ParameterizedTest
		@ValueSource(strings = {
				"1970-03-02", "1970/3/2", "1970.3.2", "1970年3月2日", "1970年03月02日",
				"昭和45年3月2日", "昭和４５年３月２日", "１９７０－０３－０２", "１９７０年３月２日",
				"S45.3.2", "s45.3.2", "S45/3/2", "S45-3-2", "Ｓ４５．３．２", "昭和45.3.2",
				"  昭和45年3月2日  ", "\u3000S45.3.2\u3000", "昭和 45年 3月 2日", "㍼45年3月2日" })
		void 昭和45年3月2日の各表記(String text) {
			assertThat(WarekiDate.parse(text)).isEqualTo(LocalDate.of(1970, 3, 2));
		}

		@ParameterizedTest
		@CsvSource({
				"R2/4/1, 2020-04-01",
				"r2.4.1, 2020-04-01",
				"H31.4.30, 2019-04-30",
				"平成元年1月8日, 1989-01-08",
				"令和元年5月1日, 2019-05-01",
				"R1.5.1, 2019-05-01",
				"R元.5.1, 2019-05-01",
				"令和1年5月1日, 2019-05-01",
				"明治6年1月1日, 1873-01-01",
				"M45.7.29, 1912-07-29",
				"大正元年7月30日, 1912-07-30",
				"T15.12.24, 1926-12-24",
				"昭和元年12月25日, 1926-12-25",
				"h1.1.8, 1989-01-08",
				"1850-01-01, 1850-01-01" })
		void 元号と略号(String text, LocalDate expected) {
			assertThat(WarekiDate.parse(text)).isEqualTo(expected);
		}
	}

	@Nested
	class 改元の境目 {

		@Test
		void 昭和64年1月7日まで() {
			assertThat(WarekiDate.parse("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
			assertThatThrownBy(() -> WarekiDate.parse("昭和64年1月8日"))
					.isInstanceOf(InvalidDateException.class)
					.hasMessage("昭和64年1月8日は存在しない日付です（昭和は64年1月7日まで）");
		}

		@Test
		void 平成元年1月8日から() {
			assertThat(WarekiDate.parse("平成元年1月8日")).isEqualTo(LocalDate.of(1989, 1, 8));
			assertThatThrownBy(() -> WarekiDate.parse("平成元年1月7日"))
					.isInstanceOf(InvalidDateException.class)
					.hasMessage("平成元年1月7日は存在しない日付です（平成は元年1月8日から）");
		}

		@Test
		void 平成31年4月30日まで() {
			assertThat(WarekiDate.parse("平成31年4月30日")).isEqualTo(LocalDate.of(2019, 4, 30));
			assertThatThrownBy(() -> WarekiDate.parse("平成31年5月1日"))
					.isInstanceOf(InvalidDateException.class)
					.hasMessage("平成31年5月1日は存在しない日付です（平成は31年4月30日まで）");
		}

		@Test
		void 令和元年5月1日から() {
			assertThat(WarekiDate.parse("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
			assertThatThrownBy(() -> WarekiDate.parse("令和元年4月30日"))
					.isInstanceOf(InvalidDateException.class)
					.hasMessage("令和元年4月30日は存在しない日付です（令和は元年5月1日から）");
		}

		@Test
		void 略号でも同じ境目() {
			assertThat(WarekiDate.parse("S64.1.7")).isEqualTo(LocalDate.of(1989, 1, 7));
			assertThatThrownBy(() -> WarekiDate.parse("S64.1.8")).isInstanceOf(InvalidDateException.class);
			assertThatThrownBy(() -> WarekiDate.parse("H1.1.7")).isInstanceOf(InvalidDateException.class);
			assertThatThrownBy(() -> WarekiDate.parse("H31.5.1")).isInstanceOf(InvalidDateException.class);
			assertThatThrownBy(() -> WarekiDate.parse("R1.4.30")).isInstanceOf(InvalidDateException.class);
		}

		@Test
		void 大正と明治の境目() {
			assertThatThrownBy(() -> WarekiDate.parse("明治45年7月30日")).isInstanceOf(InvalidDateException.class);
			assertThatThrownBy(() -> WarekiDate.parse("大正元年7月29日")).isInstanceOf(InvalidDateException.class);
			assertThatThrownBy(() -> WarekiDate.parse("大正15年12月25日")).isInstanceOf(InvalidDateException.class);
		}

		@Test
		void 零年は無い() {
			assertThatThrownBy(() -> WarekiDate.parse("平成0年1月8日"))
					.isInstanceOf(InvalidDateException.class)
					.hasMessageStartingWith("平成0年1月8日は存在しない日付です");
		}

		@Test
		void 明治5年以前は旧暦のため扱わない() {
			assertThatThrownBy(() -> WarekiDate.parse("明治5年12月2日"))
					.isInstanceOf(InvalidDateException.class)
					.hasMessageContaining("明治6年1月1日から");
			assertThatThrownBy(() -> WarekiDate.parse("明治元年10月23日")).isInstanceOf(InvalidDateException.class);
		}
	}

	@Nested
	class 存在しない日付 {

		@Test
		void うるう日() {
			assertThat(WarekiDate.parse("令和2年2月29日")).isEqualTo(LocalDate.of(2020, 2, 29));
			assertThatThrownBy(() -> WarekiDate.parse("令和3年2月29日"))
					.isInstanceOf(InvalidDateException.class)
					.hasMessage("令和3年2月29日は存在しない日付です");
			assertThat(WarekiDate.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
			assertThatThrownBy(() -> WarekiDate.parse("1900-02-29")).isInstanceOf(InvalidDateException.class);
		}

		@ParameterizedTest
		@ValueSource(strings = {
				"2023-02-29", "2023年2月30日", "1970/13/1", "1970.0.1", "1970-3-0", "1970-4-31",
				"昭和45年2月30日", "S45.13.1", "昭和45年3月0日", "0000-01-01" })
		void 暦に無い日付(String text) {
			assertThatThrownBy(() -> WarekiDate.parse(text))
					.isInstanceOf(InvalidDateException.class)
					.hasMessageContaining("は存在しない日付です");
		}

		@Test
		void メッセージには入力どおりの日付() {
			assertThatThrownBy(() -> WarekiDate.parse("2023-02-29")).hasMessage("2023年2月29日は存在しない日付です");
		}
	}

	@Nested
	class 読み取れない入力 {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "   ", "\u3000" })
		void 空(String text) {
			assertThatThrownBy(() -> WarekiDate.parse(text))
					.isInstanceOf(InvalidDateException.class)
					.hasMessage("日付が入力されていません");
		}

		@ParameterizedTest
		@ValueSource(strings = {
				"abc", "昭和", "S45", "S45.3", "1970-03", "19700302", "1970/3-2", "X45.3.2",
				"慶応3年1月1日", "昭和四十五年三月二日", "70-3-2", "昭和45年3月2日生まれ", "45.3.2" })
		void でたらめ(String text) {
			assertThatThrownBy(() -> WarekiDate.parse(text))
					.isInstanceOf(InvalidDateException.class)
					.hasMessageContaining("は日付として読み取れません");
		}

		@Test
		void 長い入力は切り詰めて示す() {
			assertThatThrownBy(() -> WarekiDate.parse("あ".repeat(100)))
					.hasMessageStartingWith("「" + "あ".repeat(30) + "…」");
		}
	}

	@Nested
	class 表示 {

		@Test
		void 和暦() {
			assertThat(WarekiDate.formatWareki(LocalDate.of(1970, 3, 2))).isEqualTo("昭和45年3月2日");
			assertThat(WarekiDate.formatWareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
			assertThat(WarekiDate.formatWareki(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
			assertThat(WarekiDate.formatWareki(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
			assertThat(WarekiDate.formatWareki(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
			assertThat(WarekiDate.formatWareki(LocalDate.of(1873, 1, 1))).isEqualTo("明治6年1月1日");
		}

		@Test
		void 西暦() {
			assertThat(WarekiDate.formatSeireki(LocalDate.of(1970, 3, 2))).isEqualTo("1970年3月2日");
		}

		@Test
		void 併記() {
			assertThat(WarekiDate.formatBoth(LocalDate.of(1970, 3, 2))).isEqualTo("1970年3月2日（昭和45年3月2日）");
			assertThat(WarekiDate.formatBoth(LocalDate.of(2019, 5, 1))).isEqualTo("2019年5月1日（令和元年5月1日）");
		}

		@Test
		void 明治6年より前は西暦だけ() {
			assertThat(WarekiDate.formatBoth(LocalDate.of(1872, 12, 31))).isEqualTo("1872年12月31日");
			assertThatThrownBy(() -> WarekiDate.formatWareki(LocalDate.of(1872, 12, 31)))
					.isInstanceOf(InvalidDateException.class);
		}

		@ParameterizedTest
		@ValueSource(strings = {
				"1873-01-01", "1912-07-29", "1912-07-30", "1926-12-24", "1926-12-25", "1970-03-02",
				"1989-01-07", "1989-01-08", "2019-04-30", "2019-05-01", "2020-02-29", "2026-04-01" })
		void 往復(LocalDate date) {
			assertThat(WarekiDate.parse(WarekiDate.formatWareki(date))).isEqualTo(date);
			assertThat(WarekiDate.parse(WarekiDate.formatSeireki(date))).isEqualTo(date);
			assertThat(WarekiDate.parse(date.toString())).isEqualTo(date);
		}

		@Test
		void 毎日往復する() {
			for (LocalDate d = Era.EARLIEST_SUPPORTED; d.getYear() < 2100; d = d.plusDays(1)) {
				assertThat(WarekiDate.parse(WarekiDate.formatWareki(d))).isEqualTo(d);
			}
		}
	}
}
