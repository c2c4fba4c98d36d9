/**
 * Shared kernel: typed ids, the acting user, Japanese calendar and code value types.
 */
package jp.kasane.shared;
