package khatt.render;

/**
 * A month of a year split by month, in the list on its year's page: where its page is, how many events
 * it has, and the anchor ({@code m-2019-05}) the month had on the year's page before the split, so
 * that a link made then still arrives at the month.
 */
public record MonthLink(String anchor, String href, String label, String count) {}
