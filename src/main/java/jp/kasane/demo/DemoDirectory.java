package jp.kasane.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.kasane.directory.AreaLevel;
import jp.kasane.directory.DirectoryManagement;
import jp.kasane.directory.Frequency;
import jp.kasane.directory.PlaceForm;
import jp.kasane.directory.PlaceForm.ScheduleForm;
import jp.kasane.directory.PlaceKind;
import jp.kasane.directory.Target;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;

/**
 * The social resources and places of 「東京都かさね市」 (63 places across every kind, two confidential
 * shelters), stored through the directory's API as the municipality. Deterministic: the same list every time.
 */
final class DemoDirectory {

	private static final String CITY = "東京都かさね市";
	private static final List<String> NORTH = List.of("北小学校区", "第一中学校区", "日常生活圏域 北部");
	private static final List<String> EAST = List.of("東小学校区", "第一中学校区", "日常生活圏域 北部");
	private static final List<String> SOUTH = List.of("南小学校区", "第二中学校区", "日常生活圏域 南部");
	private static final List<String> WEST = List.of("西小学校区", "第二中学校区", "日常生活圏域 南部");
	private static final List<String> CITYWIDE = List.of();

	private DemoDirectory() {
	}

	static void store(DirectoryManagement directory, TenantId tenant, AgencyId municipal) {
		SystemAuthentication.runAs(tenant, municipal, Set.of(Role.MUNICIPAL_STAFF), () -> {
			for (String school : List.of("北小学校区", "東小学校区", "南小学校区", "西小学校区")) {
				directory.defineArea(school, AreaLevel.ELEMENTARY_SCHOOL);
			}
			directory.defineArea("第一中学校区", AreaLevel.JUNIOR_HIGH_SCHOOL);
			directory.defineArea("第二中学校区", AreaLevel.JUNIOR_HIGH_SCHOOL);
			directory.defineArea("日常生活圏域 北部", AreaLevel.DAILY_LIFE);
			directory.defineArea("日常生活圏域 南部", AreaLevel.DAILY_LIFE);
			places().forEach(directory::create);
		});
	}

	static List<PlaceForm> places() {
		List<PlaceForm> p = new ArrayList<>();
		// 居場所
		p.add(place(PlaceKind.IBASHO, "みんなの居場所 きたまち縁側", "NPO法人きたまち縁側の会", "誰が来てもよい縁側のような居場所。お茶を飲みながら過ごせます。",
				targets(Target.EVERYONE, Target.MULTI_GENERATION), NORTH, List.of(weekly("TU,TH", "10:00", "16:00")), "北町2丁目8番3号", 20, "無料", "段差なし、車いす用トイレあり"));
		p.add(place(PlaceKind.IBASHO, "ほっとスペースにしの", "NPO法人よりそいネット", "ひきこもりの経験がある人、生きづらさを抱える人の居場所。話さなくても大丈夫です。",
				targets(Target.LIVING_HARDSHIP, Target.DISABILITY), WEST, List.of(weekly("WE", "13:00", "17:00"), monthly("2SA,4SA", "13:00", "16:00")), "西野2丁目6番5号", 10, "無料", "個室あり"));
		p.add(place(PlaceKind.IBASHO, "若者の居場所 ひだまりベース", "社会福祉法人かさね市社会福祉協議会", "中高生・若者が放課後や夜に立ち寄れる居場所。学習支援もあります。",
				targets(Target.CHILDREN, Target.LIVING_HARDSHIP), EAST, List.of(weekly("FR", "16:00", "20:00")), "東雲3丁目1番9号", 15, "無料", null));
		p.add(place(PlaceKind.IBASHO, "みなみだい茶の間", "南台町会", "子どもからお年寄りまで集う地域の茶の間。",
				targets(Target.MULTI_GENERATION, Target.ELDERLY), SOUTH, List.of(weekly("MO,FR", "10:00", "15:00")), "南台1丁目4番7号", 25, "1回100円", "玄関にスロープあり"));
		p.add(place(PlaceKind.IBASHO, "放課後の居場所 さくらんぼ", "社会福祉法人かさね市社会福祉協議会", "小学生が放課後に宿題をしたり遊んだりできる居場所。",
				targets(Target.CHILDREN), EAST, List.of(weekly("MO,TU,WE,TH,FR", "15:00", "18:00")), "桜ヶ丘2丁目5番3号", 20, "無料", null));
		p.add(place(PlaceKind.IBASHO, "土曜の居場所 きたっこひろば", "北小学校おやじの会", "土曜の午後、小学校の多目的室で昔遊びや工作をします。",
				targets(Target.CHILDREN), NORTH, List.of(weekly("SA", "13:00", "17:00")), "北町1丁目2番1号 かさね市立北小学校 多目的室", 30, "無料", "エレベーターあり"));
		// サロン
		p.add(place(PlaceKind.SALON, "ふれあいいきいきサロン 北町", "北町自治会", "体操、茶話会、季節の行事。",
				targets(Target.ELDERLY), NORTH, List.of(monthly("2TU", "10:00", "12:00")), "北町3丁目1番2号 北町会館", 30, "1回100円", null));
		p.add(place(PlaceKind.SALON, "ふれあいいきいきサロン 旭町", "旭町自治会", "おしゃべりと軽い体操の会。",
				targets(Target.ELDERLY), NORTH, List.of(monthly("1TH,3TH", "13:30", "15:30")), "旭町2丁目7番1号 旭町集会所", 25, "1回100円", null));
		p.add(place(PlaceKind.SALON, "子育てサロン ぴよぴよ", "かさね市主任児童委員の会", "0〜3歳の親子が集うサロン。主任児童委員が相談にのります。",
				targets(Target.CHILDREN), WEST, List.of(monthly("3WE", "10:00", "11:30")), "川原町2丁目3番4号 川原町会館", 15, "無料", "ベビーカー置き場あり"));
		p.add(place(PlaceKind.SALON, "男の料理サロン", "社会福祉法人かさね市社会福祉協議会", "料理をしながら仲間づくり。",
				targets(Target.ELDERLY), SOUTH, List.of(monthly("-1FR", "10:00", "13:00")), "南台3丁目2番1号", 12, "材料費500円", null));
		p.add(place(PlaceKind.SALON, "オレンジサロン しののめ", "社会福祉法人かさね福祉会", "認知症の人と家族、地域の人が気軽に集うサロン。",
				targets(Target.ELDERLY), EAST, List.of(monthly("4SA", "13:30", "15:30")), "東雲4丁目2番6号", 20, "1回200円", null));
		p.add(place(PlaceKind.SALON, "つむぎサロン", "NPO法人ひだまりの会", "障害のある人もない人も一緒に楽しむサロン。",
				targets(Target.DISABILITY, Target.EVERYONE), WEST, List.of(monthly("2SU", "13:00", "16:00")), "川原町1丁目8番3号", 20, "無料", "車いすで利用できます"));
		// 地域食堂・子ども食堂
		p.add(place(PlaceKind.COMMUNITY_DINING, "北町こども食堂 ひまわり", "NPO法人かさね子ども応援団", "子どもも大人も一緒に食べる食堂。宿題を見てもらえます。",
				targets(Target.CHILDREN, Target.MULTI_GENERATION), NORTH, List.of(weekly("SA", "11:30", "14:00"), monthly("3WE", "17:00", "19:30")), "北町4丁目6番2号", 40, "子ども無料・大人300円", null));
		p.add(place(PlaceKind.COMMUNITY_DINING, "みなみ地域食堂", "南台商店会", "商店街の空き店舗で開く地域食堂。",
				targets(Target.EVERYONE), SOUTH, List.of(weekly("SA", "12:00", "14:00")), "南台2丁目9番8号", 50, "子ども無料・大人300円", null));
		p.add(place(PlaceKind.COMMUNITY_DINING, "ひがし子ども食堂 もぐもぐ", "東雲教会ボランティア会", "月2回の夕食会。",
				targets(Target.CHILDREN), EAST, List.of(monthly("2FR,4FR", "17:00", "19:30")), "東雲2丁目2番2号", 30, "子ども無料", null));
		p.add(place(PlaceKind.COMMUNITY_DINING, "にしの食堂", "生活協同組合かさね", "誰でも安く温かい夕食を。",
				targets(Target.MULTI_GENERATION, Target.LIVING_HARDSHIP), WEST, List.of(weekly("WE", "17:00", "20:00")), "西野3丁目1番1号", 40, "1食300円", null));
		p.add(place(PlaceKind.COMMUNITY_DINING, "夜の子ども食堂 ともしび", "NPO法人よりそいネット", "夜に一人で過ごす子どものための食堂と居場所。",
				targets(Target.CHILDREN, Target.LIVING_HARDSHIP), WEST, List.of(weekly("TU,TH", "18:00", "20:30")), "西野2丁目6番5号", 20, "無料", null));
		p.add(place(PlaceKind.COMMUNITY_DINING, "桜ヶ丘こども食堂", "桜ヶ丘町会", "月末の土曜のお昼ごはん。",
				targets(Target.CHILDREN), EAST, List.of(monthly("-1SA", "11:00", "14:00")), "桜ヶ丘1丁目9番4号", 35, "子ども無料・大人200円", null));
		p.add(place(PlaceKind.COMMUNITY_DINING, "本町みんな食堂", "社会福祉法人かさね市社会福祉協議会", "毎月第1日曜のお昼の食堂。",
				targets(Target.EVERYONE), CITYWIDE, List.of(monthly("1SU", "11:30", "13:30")), "本町2丁目5番1号", 60, "1食300円", null));
		// コミュニティカフェ
		p.add(place(PlaceKind.COMMUNITY_CAFE, "コミュニティカフェ まちかど", "一般社団法人まちかど", "誰でも立ち寄れるカフェ。講座や展示もあります。",
				targets(Target.EVERYONE), NORTH, List.of(weekly("MO,WE,FR", "10:00", "17:00")), "北町2丁目1番5号", 25, "飲み物200円から", "段差なし"));
		p.add(place(PlaceKind.COMMUNITY_CAFE, "みどりカフェ", "社会福祉法人かさね福祉会", "特別養護老人ホームの1階のカフェ。",
				targets(Target.ELDERLY, Target.MULTI_GENERATION), SOUTH, List.of(weekly("TU,WE,TH,FR,SA", "10:00", "16:00")), "緑が丘4丁目1番1号", 20, "飲み物150円", "車いす用トイレあり"));
		p.add(place(PlaceKind.COMMUNITY_CAFE, "カフェ ゆるり", "NPO法人ひだまりの会", "障害のある人が働くカフェ。",
				targets(Target.DISABILITY, Target.EVERYONE), WEST, List.of(weekly("MO,TU,WE,TH,FR", "11:00", "16:00")), "川原町1丁目10番2号", 18, "飲み物200円", null));
		p.add(place(PlaceKind.COMMUNITY_CAFE, "しののめブックカフェ", "東雲地区まちづくり協議会", "本を読み、語り合う多世代のカフェ。",
				targets(Target.MULTI_GENERATION), EAST, List.of(weekly("SA,SU", "10:00", "18:00")), "東雲1丁目7番3号", 30, "無料", null));
		p.add(place(PlaceKind.COMMUNITY_CAFE, "旭町ふらっとカフェ", "旭町自治会", "月2回の土曜カフェ。",
				targets(Target.EVERYONE), NORTH, List.of(monthly("1SA,3SA", "13:00", "16:00")), "旭町1丁目3番7号", 20, "1杯100円", null));
		p.add(place(PlaceKind.COMMUNITY_CAFE, "認知症カフェ みなみ", "医療法人社団南台会", "認知症の人と家族、専門職が語り合うカフェ。",
				targets(Target.ELDERLY), SOUTH, List.of(monthly("3FR", "14:00", "16:00")), "南台3丁目2番1号", 20, "1回100円", null));
		// 通いの場
		p.add(place(PlaceKind.KAYOINOBA, "いきいき体操 北町会", "北町自治会", "住民主体の介護予防体操。",
				targets(Target.ELDERLY), NORTH, List.of(weekly("MO,TH", "10:00", "11:00")), "北町3丁目1番2号 北町会館", 30, "無料", null));
		p.add(place(PlaceKind.KAYOINOBA, "百歳体操 南台", "南台町会", "おもりを使った百歳体操。",
				targets(Target.ELDERLY), SOUTH, List.of(weekly("WE", "10:00", "11:00")), "南台1丁目4番7号", 25, "無料", null));
		p.add(place(PlaceKind.KAYOINOBA, "百歳体操 西野", "西野自治会", "週2回の百歳体操。",
				targets(Target.ELDERLY), WEST, List.of(weekly("TU,FR", "09:30", "10:30")), "西野1丁目2番3号", 25, "無料", null));
		p.add(place(PlaceKind.KAYOINOBA, "東雲しゃきしゃき体操", "東雲老人クラブ", "椅子に座ってできる体操。",
				targets(Target.ELDERLY), EAST, List.of(weekly("TU", "13:30", "14:30")), "東雲4丁目5番1号", 20, "無料", null));
		p.add(place(PlaceKind.KAYOINOBA, "脳トレ麻雀の会", "公益社団法人かさね市シルバー人材センター", "お金をかけない健康麻雀。",
				targets(Target.ELDERLY), CITYWIDE, List.of(weekly("TH", "13:00", "16:00")), "旭町1丁目3番7号", 16, "1回200円", null));
		p.add(place(PlaceKind.KAYOINOBA, "桜ヶ丘ウォーキングの会", "桜ヶ丘町会", "公園の周りを歩きます。",
				targets(Target.ELDERLY, Target.MULTI_GENERATION), EAST, List.of(monthly("2SU,4SU", "09:00", "10:30")), "桜ヶ丘3丁目 桜ヶ丘公園", null, "無料", null));
		// 地域子育て支援拠点
		p.add(place(PlaceKind.CHILDCARE_HUB, "子育てひろば きたっこ", "かさね市", "乳幼児の親子のひろば。子育て相談もできます。",
				targets(Target.CHILDREN), NORTH, List.of(weekly("MO,TU,WE,TH,FR", "09:30", "15:30")), "北町1丁目5番2号 北児童館内", 15, "無料", "授乳室あり"));
		p.add(place(PlaceKind.CHILDCARE_HUB, "子育てひろば ぽかぽか", "社会福祉法人かさね保育会", "保育園に併設のひろば。",
				targets(Target.CHILDREN), SOUTH, List.of(weekly("MO,TU,WE,TH,FR,SA", "09:00", "16:00")), "南台2丁目1番8号", 20, "無料", "授乳室あり"));
		p.add(place(PlaceKind.CHILDCARE_HUB, "子育て支援センター にじいろ", "かさね市", "市の中核となる子育て支援拠点。",
				targets(Target.CHILDREN), CITYWIDE, List.of(weekly("TU,WE,TH,FR,SA,SU", "09:00", "17:00")), "本町2丁目3番1号 かさね市保健センター内", 30, "無料", "エレベーター、授乳室あり"));
		p.add(place(PlaceKind.CHILDCARE_HUB, "親子ひろば にしのっこ", "NPO法人かさね子育てネット", "親子で遊べるひろば。",
				targets(Target.CHILDREN), WEST, List.of(weekly("MO,WE,FR", "10:00", "15:00")), "西野1丁目8番1号", 15, "無料", null));
		p.add(place(PlaceKind.CHILDCARE_HUB, "出張ひろば ひがし", "NPO法人かさね子育てネット", "地区センターでの出張ひろば。",
				targets(Target.CHILDREN), EAST, List.of(monthly("1TU,3TU", "10:00", "12:00")), "東雲3丁目1番9号 東雲地区センター", 15, "無料", null));
		p.add(place(PlaceKind.CHILDCARE_HUB, "パパと遊ぼう 土曜ひろば", "かさね市", "父親と子どものための土曜の午前のひろば。",
				targets(Target.CHILDREN), CITYWIDE, List.of(monthly("2SA", "10:00", "12:00")), "本町2丁目3番1号 かさね市保健センター内", 20, "無料", null));
		// 地域活動支援センター
		p.add(place(PlaceKind.ACTIVITY_SUPPORT_CENTER, "地域活動支援センター ひだまり", "NPO法人ひだまりの会", "創作活動、軽作業、交流の場。",
				targets(Target.DISABILITY), WEST, List.of(weekly("MO,TU,WE,TH,FR", "10:00", "17:00")), "川原町1丁目8番3号", 20, "無料（昼食300円）", null));
		p.add(place(PlaceKind.ACTIVITY_SUPPORT_CENTER, "地域活動支援センター あおぞら", "社会福祉法人かさね福祉会", "日中活動と相談。",
				targets(Target.DISABILITY), NORTH, List.of(weekly("MO,TU,WE,TH,FR,SA", "09:30", "16:30")), "北町5丁目2番4号", 25, "無料", "送迎あり"));
		p.add(place(PlaceKind.ACTIVITY_SUPPORT_CENTER, "地域活動支援センター こもれび", "医療法人社団南台会", "精神障害のある人の日中の居場所。",
				targets(Target.DISABILITY), SOUTH, List.of(weekly("TU,WE,TH,FR,SA", "11:00", "18:00")), "南台4丁目3番2号", 20, "無料", null));
		p.add(place(PlaceKind.ACTIVITY_SUPPORT_CENTER, "アトリエ虹", "NPO法人ひだまりの会", "絵画や陶芸の創作活動。",
				targets(Target.DISABILITY), EAST, List.of(weekly("WE,SA", "13:00", "16:00")), "東雲2丁目8番1号", 12, "材料費実費", null));
		p.add(place(PlaceKind.ACTIVITY_SUPPORT_CENTER, "夜のたまり場", "NPO法人ひだまりの会", "仕事帰りに寄れる夜の交流の場。",
				targets(Target.DISABILITY, Target.LIVING_HARDSHIP), WEST, List.of(weekly("FR", "18:00", "21:00")), "川原町1丁目8番3号", 15, "無料", null));
		p.add(place(PlaceKind.ACTIVITY_SUPPORT_CENTER, "ピアサポートの集い", "かさね市基幹相談支援センター", "当事者同士の語り合い。",
				targets(Target.DISABILITY), CITYWIDE, List.of(monthly("4WE", "18:30", "20:30")), "本町1丁目1番1号 かさね市役所2階", 15, "無料", null));
		// 就労体験先
		p.add(place(PlaceKind.WORK_EXPERIENCE, "かさねファーム 農作業体験", "農業法人かさねファーム", "野菜の収穫や袋詰め。",
				targets(Target.LIVING_HARDSHIP, Target.DISABILITY), WEST, List.of(weekly("TU,TH", "09:00", "12:00")), "西野5丁目12番", 4, "無料（謝礼あり）", null));
		p.add(place(PlaceKind.WORK_EXPERIENCE, "パン工房こむぎ 就労体験", "社会福祉法人かさね福祉会", "パンの製造と販売の体験。",
				targets(Target.DISABILITY, Target.LIVING_HARDSHIP), SOUTH, List.of(weekly("MO,TU,WE,TH,FR", "09:00", "15:00")), "緑が丘2丁目6番3号", 3, "無料", null));
		p.add(place(PlaceKind.WORK_EXPERIENCE, "物流センター 軽作業体験", "株式会社かさね物流", "仕分けやラベル貼り。",
				targets(Target.LIVING_HARDSHIP), WEST, List.of(weekly("MO,WE,FR", "13:00", "16:00")), "川原町5丁目1番3号", 2, "無料（交通費支給）", null));
		p.add(place(PlaceKind.WORK_EXPERIENCE, "図書館 本の整理ボランティア", "かさね市立中央図書館", "返却本の整理と配架。",
				targets(Target.EVERYONE, Target.LIVING_HARDSHIP), CITYWIDE, List.of(weekly("SA", "10:00", "12:00")), "本町3丁目1番1号", 3, "無料", null));
		p.add(place(PlaceKind.WORK_EXPERIENCE, "南台商店会 店番体験", "南台商店会", "商店の店番や品出し。",
				targets(Target.LIVING_HARDSHIP), SOUTH, List.of(monthly("1SA,3SA", "13:00", "17:00")), "南台2丁目9番8号", 2, "無料", null));
		p.add(place(PlaceKind.WORK_EXPERIENCE, "清掃・緑化しごと体験", "公益社団法人かさね市シルバー人材センター", "公園の清掃と花壇の手入れ。",
				targets(Target.LIVING_HARDSHIP, Target.ELDERLY), NORTH, List.of(weekly("WE", "09:00", "11:30")), "旭町1丁目3番7号", 5, "無料", null));
		p.add(place(PlaceKind.WORK_EXPERIENCE, "カフェまちかど 接客体験", "一般社団法人まちかど", "カフェでの接客と調理補助。",
				targets(Target.LIVING_HARDSHIP, Target.DISABILITY), NORTH, List.of(weekly("TU,FR", "10:00", "14:00")), "北町2丁目1番5号", 2, "無料", null));
		// 一時的な住まい・シェルター
		p.add(confidential(place(PlaceKind.TEMPORARY_HOUSING, "女性と子どものための一時保護シェルター あおい", "NPO法人かさね女性支援ネット",
				"DVなどから逃れる女性と子どもの一時的な住まい。入所はかさね市福祉政策課（03-5000-0101）を通じて。",
				targets(Target.CHILDREN, Target.LIVING_HARDSHIP), CITYWIDE, List.of(weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")), "緑が丘5丁目3番8号", 6, "無料", null)));
		p.add(confidential(place(PlaceKind.TEMPORARY_HOUSING, "母子緊急一時避難所 こもれびの家", "社会福祉法人かさね福祉会",
				"母子の緊急一時避難所。所在地は関係者にも伝えません。", targets(Target.CHILDREN, Target.LIVING_HARDSHIP), CITYWIDE,
				List.of(weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")), "西野4丁目9番1号", 4, "無料", null)));
		p.add(place(PlaceKind.TEMPORARY_HOUSING, "自立準備ホーム かさねの家", "NPO法人よりそいネット", "住まいを失った人の一時的な住まいと生活の立て直し。",
				targets(Target.LIVING_HARDSHIP), CITYWIDE, List.of(weekly("MO,TU,WE,TH,FR", "09:00", "17:00")), "本町5丁目4番2号", 6, "無料（食費実費）", null));
		p.add(place(PlaceKind.TEMPORARY_HOUSING, "一時生活支援 シェルターほっと", "社会福祉法人かさね市社会福祉協議会", "一時生活支援事業による宿泊場所。",
				targets(Target.LIVING_HARDSHIP), CITYWIDE, List.of(weekly("MO,TU,WE,TH,FR", "09:00", "17:00")), "川原町3丁目2番9号", 8, "無料", null));
		p.add(place(PlaceKind.TEMPORARY_HOUSING, "若者シェアハウス ひとやすみ", "一般社団法人かさねワークス", "家を出たい若者のためのシェアハウス。",
				targets(Target.LIVING_HARDSHIP), EAST, List.of(weekly("MO,WE,FR", "13:00", "17:00")), "桜ヶ丘4丁目2番5号", 5, "月3万円（減免あり）", null));
		// 相談窓口
		p.add(place(PlaceKind.CONSULTATION_DESK, "かさね市くらし・しごと相談センター", "社会福祉法人かさね市社会福祉協議会", "生活や仕事の困りごとの相談（自立相談支援機関）。",
				targets(Target.LIVING_HARDSHIP), CITYWIDE, List.of(weekly("MO,TU,WE,TH,FR", "08:30", "17:15")), "東雲1丁目4番2号 かさね市総合福祉センター1階", null, "無料", "手話通訳の予約可"));
		p.add(place(PlaceKind.CONSULTATION_DESK, "かさね市北部地域包括支援センター", "社会福祉法人かさね福祉会", "高齢者の総合相談。",
				targets(Target.ELDERLY), NORTH, List.of(weekly("MO,TU,WE,TH,FR,SA", "08:30", "17:30")), "北町2丁目5番8号", null, "無料", null));
		p.add(place(PlaceKind.CONSULTATION_DESK, "かさね市南部地域包括支援センター", "医療法人社団南台会", "高齢・障害・生活困窮の相談。",
				targets(Target.ELDERLY, Target.DISABILITY, Target.LIVING_HARDSHIP), SOUTH, List.of(weekly("MO,TU,WE,TH,FR,SA", "08:30", "17:30")), "南台3丁目2番1号", null, "無料", null));
		p.add(place(PlaceKind.CONSULTATION_DESK, "かさね市こども家庭センター", "かさね市", "妊娠・出産・子育ての相談。",
				targets(Target.CHILDREN), CITYWIDE, List.of(weekly("MO,TU,WE,TH,FR", "08:30", "17:15")), "本町2丁目3番1号 かさね市保健センター内", null, "無料", null));
		p.add(place(PlaceKind.CONSULTATION_DESK, "相談支援事業所ひだまり", "NPO法人ひだまりの会", "障害のある人の相談支援。",
				targets(Target.DISABILITY), WEST, List.of(weekly("MO,TU,WE,TH,FR", "09:00", "18:00")), "川原町1丁目8番3号", null, "無料", null));
		p.add(place(PlaceKind.CONSULTATION_DESK, "ひきこもり相談 夜間窓口", "NPO法人よりそいネット", "家族や本人からのひきこもりの相談（アウトリーチ支援室つなぐ）。",
				targets(Target.LIVING_HARDSHIP, Target.DISABILITY), CITYWIDE, List.of(weekly("WE", "18:00", "21:00")), "西野2丁目6番5号", null, "無料", null));
		p.add(place(PlaceKind.CONSULTATION_DESK, "土曜なんでも相談会", "社会福祉法人かさね市社会福祉協議会", "分野を問わない相談会（重層的支援推進センター）。",
				targets(Target.EVERYONE), CITYWIDE, List.of(monthly("2SA", "13:00", "16:00")), "東雲1丁目4番2号 かさね市総合福祉センター2階", null, "無料", null));
		p.add(place(PlaceKind.CONSULTATION_DESK, "弁護士による無料法律相談", "かさね市", "借金、相続、離婚などの法律相談（予約制）。",
				targets(Target.EVERYONE), CITYWIDE, List.of(monthly("4TH", "13:00", "16:00")), "本町1丁目1番1号 かさね市役所1階", 6, "無料", null));
		return p;
	}

	private static PlaceForm place(PlaceKind kind, String name, String operator, String description, Set<Target> targets,
			List<String> areas, List<ScheduleForm> schedules, String address, Integer capacity, String cost,
			String accessibility) {
		int n = Math.abs(name.hashCode() % 900) + 100;
		return new PlaceForm(name, kind, operator, description, targets, areas, schedules, postalCode(address), CITY + address,
				false, capacity, cost, accessibility, "03-5000-2" + n, null, null, null);
	}

	private static PlaceForm confidential(PlaceForm f) {
		return new PlaceForm(f.name(), f.kind(), f.operatorName(), f.description(), f.targets(), f.areas(), f.schedules(),
				f.postalCode(), f.address(), true, f.capacity(), f.cost(), f.accessibility(), "03-5000-0101", null, null, null);
	}

	private static String postalCode(String address) {
		String town = address.replaceFirst("[0-9].*$", "");
		int n = Math.abs(town.hashCode() % 90) + 10;
		return "139-00" + n;
	}

	private static Set<Target> targets(Target first, Target... rest) {
		return EnumSet.of(first, rest);
	}

	private static ScheduleForm weekly(String byday, String opens, String closes) {
		return new ScheduleForm(Frequency.WEEKLY, byday, opens, closes);
	}

	private static ScheduleForm monthly(String byday, String opens, String closes) {
		return new ScheduleForm(Frequency.MONTHLY, byday, opens, closes);
	}
}
