package khatt.render;

import java.util.List;

/** The months of one year that have events. */
public record YearGroup(String anchor, String iso, String label, List<MonthGroup> months) {}
