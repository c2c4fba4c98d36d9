package jp.kasane.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pools of common Japanese family names (氏) and given names (名) with katakana readings.
 * Given names follow the birth year, so a person born in 1940 is 「和子」 and one born in 2015 is 「陽葵」.
 */
final class JapaneseNames {

	/** A written name and its reading (フリガナ). */
	record Name(String kanji, String kana) {
	}

	static final List<Name> FAMILY = names(
			"佐藤:サトウ", "鈴木:スズキ", "高橋:タカハシ", "田中:タナカ", "渡辺:ワタナベ", "伊藤:イトウ", "山本:ヤマモト",
			"中村:ナカムラ", "小林:コバヤシ", "加藤:カトウ", "吉田:ヨシダ", "山田:ヤマダ", "佐々木:ササキ", "山口:ヤマグチ",
			"松本:マツモト", "井上:イノウエ", "木村:キムラ", "林:ハヤシ", "斎藤:サイトウ", "清水:シミズ", "山崎:ヤマザキ",
			"森:モリ", "池田:イケダ", "橋本:ハシモト", "阿部:アベ", "石川:イシカワ", "山下:ヤマシタ", "中島:ナカジマ",
			"石井:イシイ", "小川:オガワ", "前田:マエダ", "岡田:オカダ", "長谷川:ハセガワ", "藤田:フジタ", "後藤:ゴトウ",
			"近藤:コンドウ", "村上:ムラカミ", "遠藤:エンドウ", "青木:アオキ", "坂本:サカモト", "福田:フクダ", "太田:オオタ",
			"西村:ニシムラ", "藤井:フジイ", "金子:カネコ", "岡本:オカモト", "藤原:フジワラ", "中野:ナカノ", "三浦:ミウラ",
			"原田:ハラダ", "中川:ナカガワ", "松田:マツダ", "竹内:タケウチ", "小野:オノ", "田村:タムラ", "中山:ナカヤマ",
			"和田:ワダ", "石田:イシダ", "森田:モリタ", "上田:ウエダ", "原:ハラ", "柴田:シバタ", "酒井:サカイ",
			"工藤:クドウ", "横山:ヨコヤマ", "宮崎:ミヤザキ", "宮本:ミヤモト", "内田:ウチダ", "高木:タカギ", "安藤:アンドウ",
			"谷口:タニグチ", "大野:オオノ", "丸山:マルヤマ", "今井:イマイ", "高田:タカダ", "藤本:フジモト", "武田:タケダ",
			"村田:ムラタ", "上野:ウエノ", "杉山:スギヤマ", "増田:マスダ", "平野:ヒラノ", "大塚:オオツカ", "千葉:チバ",
			"久保:クボ", "松井:マツイ", "小島:コジマ", "岩崎:イワサキ", "桜井:サクライ", "野口:ノグチ", "松尾:マツオ",
			"菊地:キクチ", "野村:ノムラ", "新井:アライ");

	private static final List<Name> MALE_SENIOR = names(
			"清:キヨシ", "茂:シゲル", "勇:イサム", "博:ヒロシ", "実:ミノル", "正:タダシ", "進:ススム", "隆:タカシ",
			"昭:アキラ", "武:タケシ", "和夫:カズオ", "正雄:マサオ", "義雄:ヨシオ", "勝:マサル", "弘:ヒロシ", "修:オサム",
			"健二:ケンジ", "秀夫:ヒデオ", "幸雄:ユキオ", "三郎:サブロウ", "一郎:イチロウ", "正夫:マサオ", "明:アキラ",
			"豊:ユタカ", "稔:ミノル");
	private static final List<Name> MALE_MIDDLE = names(
			"誠:マコト", "大輔:ダイスケ", "健太:ケンタ", "拓也:タクヤ", "直樹:ナオキ", "和也:カズヤ", "達也:タツヤ",
			"哲也:テツヤ", "剛:ツヨシ", "学:マナブ", "健一:ケンイチ", "雄一:ユウイチ", "秀樹:ヒデキ", "聡:サトシ",
			"翔太:ショウタ", "亮:リョウ", "大樹:ダイキ", "隆之:タカユキ", "浩二:コウジ", "健:ケン", "裕太:ユウタ",
			"洋平:ヨウヘイ", "光:ヒカル", "智之:トモユキ", "慎一:シンイチ");
	private static final List<Name> MALE_YOUNG = names(
			"蓮:レン", "陽翔:ハルト", "湊:ミナト", "悠真:ユウマ", "大翔:ヒロト", "蒼:アオイ", "樹:イツキ", "陽向:ヒナタ",
			"悠人:ユウト", "颯太:ソウタ", "律:リツ", "朝陽:アサヒ", "結翔:ユイト", "颯:ハヤテ", "奏太:ソウタ", "翼:ツバサ",
			"大和:ヤマト", "優斗:ユウト", "海斗:カイト", "拓海:タクミ", "翔:ショウ", "陸:リク", "悠斗:ユウト", "晴:ハル",
			"碧:アオ");
	private static final List<Name> FEMALE_SENIOR = names(
			"和子:カズコ", "幸子:サチコ", "節子:セツコ", "洋子:ヨウコ", "恵子:ケイコ", "京子:キョウコ", "美代子:ミヨコ",
			"久子:ヒサコ", "文子:フミコ", "悦子:エツコ", "静子:シズコ", "弘子:ヒロコ", "良子:ヨシコ", "芳子:ヨシコ",
			"千代子:チヨコ", "道子:ミチコ", "光子:ミツコ", "房子:フサコ", "春子:ハルコ", "清子:キヨコ", "明美:アケミ",
			"順子:ジュンコ", "信子:ノブコ", "正子:マサコ", "敏子:トシコ");
	private static final List<Name> FEMALE_MIDDLE = names(
			"裕子:ユウコ", "真由美:マユミ", "智子:トモコ", "直美:ナオミ", "由美子:ユミコ", "久美子:クミコ", "恵美:エミ",
			"香織:カオリ", "美穂:ミホ", "愛:アイ", "彩:アヤ", "麻衣:マイ", "舞:マイ", "陽子:ヨウコ", "由紀:ユキ",
			"沙織:サオリ", "恵:メグミ", "千尋:チヒロ", "真理子:マリコ", "美香:ミカ", "綾:アヤ", "奈々:ナナ", "理恵:リエ",
			"亜希子:アキコ", "純子:ジュンコ");
	private static final List<Name> FEMALE_YOUNG = names(
			"陽葵:ヒマリ", "凛:リン", "結菜:ユイナ", "芽依:メイ", "紬:ツムギ", "葵:アオイ", "莉子:リコ", "結衣:ユイ",
			"美咲:ミサキ", "杏:アン", "咲良:サクラ", "澪:ミオ", "心春:コハル", "彩花:アヤカ", "花:ハナ", "七海:ナナミ",
			"琴音:コトネ", "優奈:ユウナ", "ひなた:ヒナタ", "結愛:ユア", "紗希:サキ", "真央:マオ", "詩:ウタ", "楓:カエデ",
			"遥:ハルカ");

	private JapaneseNames() {
	}

	static Name family(Random random) {
		return FAMILY.get(random.nextInt(FAMILY.size()));
	}

	/** The family name written exactly as {@code kanji}; it must be in the pool. */
	static Name family(String kanji) {
		return FAMILY.stream().filter(n -> n.kanji().equals(kanji)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("not in pool: " + kanji));
	}

	/** A given name fitting the sex and the generation (世代) of the birth year. */
	static Name given(Random random, boolean male, int birthYear) {
		List<Name> pool = pool(male, birthYear);
		return pool.get(random.nextInt(pool.size()));
	}

	/** Every given name for one sex, all generations together. */
	static List<Name> allGiven(boolean male) {
		List<Name> all = new ArrayList<>(pool(male, 1900));
		all.addAll(pool(male, 1980));
		all.addAll(pool(male, 2010));
		return all;
	}

	private static List<Name> pool(boolean male, int birthYear) {
		if (birthYear < 1966) {
			return male ? MALE_SENIOR : FEMALE_SENIOR;
		}
		if (birthYear < 1996) {
			return male ? MALE_MIDDLE : FEMALE_MIDDLE;
		}
		return male ? MALE_YOUNG : FEMALE_YOUNG;
	}

	private static List<Name> names(String... pairs) {
		List<Name> names = new ArrayList<>(pairs.length);
		for (String pair : pairs) {
			int colon = pair.indexOf(':');
			names.add(new Name(pair.substring(0, colon), pair.substring(colon + 1)));
		}
		return List.copyOf(names);
	}
}
