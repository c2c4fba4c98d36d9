package jp.kasane.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

	private static void sameKey(String... names) {
		String expected = NameNormalizer.key(names[0]);
		for (String name : names) {
			assertThat(NameNormalizer.key(name)).as(name).isEqualTo(expected);
		}
	}

	@Test
	void nullは空文字() {
		assertThat(NameNormalizer.key(null)).isEmpty();
		assertThat(NameNormalizer.key("")).isEmpty();
	}

	@Test
	void 全角と半角() {
		assertThat(NameNormalizer.key("ﾔﾏﾀﾞ")).isEqualTo("ヤマダ");
		assertThat(NameNormalizer.key("ﾊﾟｯﾁｮ")).isEqualTo("パッチョ");
		assertThat(NameNormalizer.key("ＡＢＣ")).isEqualTo("abc");
		assertThat(NameNormalizer.key("ABC")).isEqualTo("abc");
		assertThat(NameNormalizer.key("ｻﾄｰ")).isEqualTo("サトー");
		sameKey("ＳＭＩＴＨ　Ｊｏｈｎ", "smith john", "SMITH JOHN");
	}

	@Test
	void ひらがなとカタカナ() {
		assertThat(NameNormalizer.key("やまだ たろう")).isEqualTo("ヤマダタロウ");
		sameKey("やまだ たろう", "ヤマダタロウ", "ﾔﾏﾀﾞ ﾀﾛｳ");
		sameKey("ゔぁ", "ヴァ");
		sameKey("いすゞ", "イスヾ");
	}

	@Test
	void 小さい仮名と長音は残す() {
		assertThat(NameNormalizer.key("しょうこ")).isEqualTo("ショウコ");
		assertThat(NameNormalizer.key("しようこ")).isEqualTo("シヨウコ");
		assertThat(NameNormalizer.key("ゆーこ")).isEqualTo("ユーコ");
	}

	@Test
	void 空白と区切り() {
		sameKey("山田　太郎", "山田太郎", "山田 太郎", " 山田  太郎 ", "山田\t太郎", "山田\u00A0太郎");
		sameKey("ジョン・スミス", "ジョンスミス", "ジョン･スミス", "ジョン＝スミス", "ジョン=スミス", "ジョン-スミス", "ジョン‐スミス");
		assertThat(NameNormalizer.key("ジョン・スミス")).isEqualTo("ジョンスミス");
	}

	@ParameterizedTest
	@CsvSource({
			"髙橋, 高橋",
			"山﨑, 山崎", "山嵜, 山崎", "山碕, 山崎",
			"齋藤, 斎藤", "齊藤, 斎藤", "齎藤, 斎藤",
			"渡邊, 渡辺", "渡邉, 渡辺",
			"濱田, 浜田", "濵田, 浜田",
			"澤田, 沢田", "廣田, 広田", "國分, 国分", "櫻井, 桜井", "眞鍋, 真鍋", "德川, 徳川",
			"惠子, 恵子", "大藏, 大蔵", "龍馬, 竜馬", "中嶋, 中島", "中嶌, 中島", "冨田, 富田",
			"槇原, 槙原", "曾根, 曽根", "\uD842\uDFB7田, 吉田" })
	void 異体字(String variant, String standard) {
		assertThat(NameNormalizer.key(variant)).isEqualTo(NameNormalizer.key(standard)).isEqualTo(standard);
	}

	@Test
	void 異体字の組() {
		sameKey("髙橋", "高橋");
		sameKey("山﨑", "山崎");
		sameKey("齋藤", "齊藤", "斎藤");
		sameKey("渡邊", "渡邉", "渡辺");
	}

	@Test
	void 組み合わせ() {
		sameKey("髙橋　ﾀﾛｳ", "高橋たろう", "高橋 タロウ");
		sameKey("渡邊・ＭＡＲＹ", "渡辺mary");
	}

	@Test
	void 別の名前は別のキー() {
		assertThat(NameNormalizer.key("斎藤")).isNotEqualTo(NameNormalizer.key("佐藤"));
		assertThat(NameNormalizer.key("ユウコ")).isNotEqualTo(NameNormalizer.key("ユーコ"));
	}
}
