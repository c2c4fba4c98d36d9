package jp.kasane.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.kasane.casework.CaseState;
import jp.kasane.intake.Channel;
import jp.kasane.meeting.AgendaRole;
import jp.kasane.meeting.MeetingKind;
import jp.kasane.outreach.Stage;
import jp.kasane.participation.MenuKind;
import jp.kasane.shared.Field;
import jp.kasane.shared.FiscalYear;

/** The values a dimension of a figure takes, in the order they are drawn, with their Japanese labels. */
enum Domain {
	MONTHS, FIELDS, CHANNELS, AGE_BANDS, TAGS, AGENCIES, CASE_STATES, MEETING_KINDS, ROLES, PENDING, STAGES, CONTACT_MONTHS,
	MENU_KINDS, RETENTION_PERIODS, RETENTION_STATUS, ISSUE_EVENTS, FIELD_COUNTS, ALL;

	/** A value of a dimension: the code the SQL and the click-through use, and the label shown. */
	record Item(String code, String label) {
	}

	/**
	 * The values in drawing order; {@code dynamic} holds the labels of the tenant's agencies and of the 課題 taxonomy
	 * (in its order), read once per request.
	 */
	List<Item> items(FiscalYear year, Map<String, String> agencies, Map<String, String> tags) {
		return switch (this) {
			case MONTHS -> {
				List<Item> months = new ArrayList<>();
				YearMonth first = YearMonth.from(year.start());
				for (int i = 0; i < 12; i++) {
					YearMonth m = first.plusMonths(i);
					months.add(new Item(m.toString(), m.getMonthValue() + "月"));
				}
				yield months;
			}
			case FIELDS -> of(Field.values(), Field::name, Field::label);
			case CHANNELS -> of(Channel.values(), Channel::name, Channel::label);
			case AGE_BANDS -> List.of(new Item("CHILD", "子ども（0〜17歳）"), new Item("YOUNG", "若者（18〜39歳）"),
					new Item("WORKING", "現役世代（40〜64歳）"), new Item("ELDERLY", "高齢者（65〜74歳）"),
					new Item("OLD_ELDERLY", "高齢者（75歳以上）"), new Item("UNKNOWN", "生年月日不明"));
			case TAGS -> {
				List<Item> list = new ArrayList<>();
				tags.forEach((code, label) -> list.add(new Item(code, label)));
				list.add(new Item("NONE", "課題の記録なし"));
				yield list;
			}
			case AGENCIES -> agencies.entrySet().stream().map(e -> new Item(e.getKey(), e.getValue())).toList();
			case CASE_STATES -> of(CaseState.values(), CaseState::name, CaseState::label);
			case MEETING_KINDS -> of(MeetingKind.values(), MeetingKind::name, k -> k.label().replaceFirst("（.*$", ""));
			case ROLES -> {
				List<Item> list = new ArrayList<>(List.of(new Item("HELD", "開催")));
				Arrays.stream(AgendaRole.values()).forEach(r -> list.add(new Item(r.name(), "議題" + r.name() + "：" + r.label())));
				yield list;
			}
			case PENDING -> List.of(new Item("UNSCHEDULED", "会議の予定なし"), new Item("SCHEDULED", "会議は予定済み（未開催）"));
			case STAGES -> of(Stage.values(), Stage::name, Stage::label);
			case CONTACT_MONTHS -> List.of(new Item("NONE", "まだ会えていない"), new Item("M0", "初回接触から3か月未満"),
					new Item("M3", "3〜6か月"), new Item("M6", "6〜12か月"), new Item("M12", "1年以上"));
			case MENU_KINDS -> of(MenuKind.values(), MenuKind::name, MenuKind::label);
			case RETENTION_PERIODS -> List.of(new Item("M1", "1か月後"), new Item("M3", "3か月後"), new Item("M6", "6か月後"));
			case RETENTION_STATUS -> List.of(new Item("RETAINED", "続いている"), new Item("ENDED", "終了していた"));
			case ISSUE_EVENTS -> List.of(new Item("RAISED", "提起"), new Item("RESOURCE_CREATED", "解決（新たな資源ができた）"),
					new Item("DECLINED", "見送り"));
			case FIELD_COUNTS -> List.of(new Item("2", "2分野"), new Item("3", "3分野"), new Item("4", "4分野以上"));
			case ALL -> List.of(new Item("ALL", "件数"));
		};
	}

	private static <E> List<Item> of(E[] values, Function<E, String> code, Function<E, String> label) {
		return Arrays.stream(values).map(v -> new Item(code.apply(v), label.apply(v))).toList();
	}
}
