/**
 * Shared kernel: typed ids, the acting user, Japanese calendar (和暦, 年度) and code value types, and
 * the exceptions every module answers with. Every module may use it.
 */
package jp.kasane.shared;
