package khatt.render;

import java.util.List;

/**
 * What the date range control of a timeline page offers: the years that have events and the twelve
 * months, each as the value the address keeps and the label a reader sees.
 */
public record DateRange(List<Choice> years, List<Choice> months) {

    /** One option of a select: {@code value} is a four-digit year or a two-digit month. */
    public record Choice(String value, String label) {}
}
