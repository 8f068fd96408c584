package khatt.render;

import java.time.YearMonth;
import java.util.function.Function;
import khatt.arabic.ArabicDates;

/**
 * The overview pictures, drawn at build time as inline SVG: a bar chart of events per month over the
 * whole period, each bar a link to its month on its year's page, and a sparkline per topic. Time runs
 * from right to left, as the page reads. Cost: one pass over the months, whatever the article count.
 */
final class OverviewChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 150;
    private static final int AXIS = 2;

    private OverviewChart() {}

    /** The chart of the timeline; each bar links to {@code href} of its month. */
    static String bars(MonthlyCounts data, ArabicDates dates, Function<YearMonth, String> href) {
        int months = data.counts().length;
        int max = Math.max(data.max(), 1);
        double slot = (double) WIDTH / months;
        double bar = Math.max(slot * 0.7, Math.min(slot, 2));
        int plot = HEIGHT - AXIS - 6;
        StringBuilder svg = new StringBuilder(256 + months * 160);
        StringBuilder ticks = new StringBuilder("<div class=\"ticks\" aria-hidden=\"true\">");
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-labelledby=\"overview-h\" preserveAspectRatio=\"none\">");
        svg.append("<line class=\"axis\" x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(HEIGHT - AXIS)
                .append("\" y2=\"").append(HEIGHT - AXIS).append("\"/>");
        for (int i = 0; i < months; i++) {
            YearMonth month = data.first().plusMonths(i);
            double x = WIDTH - (i + 1) * slot; // the first month at the right
            if (month.getMonthValue() == 1 || i == 0) {
                // Year labels are HTML under the chart, placed in percent, so the stretched SVG does not distort them.
                ticks.append("<span style=\"inset-inline-start: ").append(fmt(100.0 * i / months)).append("%\">")
                        .append(dates.digits(month.getYear())).append("</span>");
            }
            int count = data.counts()[i];
            if (count == 0) {
                continue;
            }
            double h = Math.max(plot * (double) count / max, 3);
            String label = dates.monthYear(month.getYear(), month.getMonthValue()) + ": " + dates.digits(count) + " "
                    + (count == 1 ? "حدث" : count == 2 ? "حدثان" : count <= 10 ? "أحداث" : "حدثاً");
            svg.append("<a href=\"").append(href.apply(month)).append("\"><title>").append(label).append("</title>")
                    .append("<rect class=\"hit\" x=\"").append(fmt(x)).append("\" y=\"0\" width=\"").append(fmt(slot))
                    .append("\" height=\"").append(HEIGHT - AXIS).append("\"/>")
                    .append("<rect class=\"bar\" x=\"").append(fmt(x + (slot - bar) / 2)).append("\" y=\"")
                    .append(fmt(HEIGHT - AXIS - h)).append("\" width=\"").append(fmt(bar)).append("\" height=\"")
                    .append(fmt(h)).append("\"/></a>");
        }
        return svg.append("</svg>").append(ticks).append("</div>").toString();
    }

    /** A small line of one topic's events per month, on the same months as the chart. */
    static String sparkline(MonthlyCounts data, String label) {
        int months = data.counts().length;
        int width = 120;
        int height = 28;
        int max = Math.max(data.max(), 1);
        StringBuilder points = new StringBuilder(months * 12);
        for (int i = 0; i < months; i++) {
            double x = months == 1 ? width / 2.0 : width - (double) i * width / (months - 1);
            double y = height - 2 - (height - 4) * (double) data.counts()[i] / max;
            points.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        }
        return "<svg class=\"spark\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\""
                + label.replace("\"", "&quot;") + "\"><polyline points=\"" + points + "\"/></svg>";
    }

    private static String fmt(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : Long.toString(rounded / 10) + "." + Math.abs(rounded % 10);
    }
}
