package jp.kasane.directory;

import java.util.UUID;

/** An area of the town (e.g. 北小学校区, 日常生活圏域 北部) that places serve and search filters by. */
public record Area(UUID id, String name, AreaLevel level) {
}
