package khatt.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Events per month over the whole period of a timeline, the data of the overview chart and of the
 * topic sparklines: {@code counts[i]} is the number of events in {@code first.plusMonths(i)}.
 */
record MonthlyCounts(YearMonth first, int[] counts) {

    static MonthlyCounts of(YearMonth first, YearMonth last, List<LocalDate> dates) {
        int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        int[] counts = new int[Math.max(months, 1)];
        for (LocalDate date : dates) {
            int i = (int) first.until(YearMonth.from(date), java.time.temporal.ChronoUnit.MONTHS);
            if (i >= 0 && i < counts.length) {
                counts[i]++;
            }
        }
        return new MonthlyCounts(first, counts);
    }

    int max() {
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        return max;
    }
}
