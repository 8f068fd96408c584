package khatt.content;

/**
 * Another date an article names ("في يونيو/حزيران المقبل"), at year, month or day precision.
 *
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 */
public record MentionedDate(String text, String date) {}
