package khatt.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The date finder's full dates, for tests outside this package. */
public final class DateFinderAccess {

    private DateFinderAccess() {}

    public static List<LocalDate> dates(String text) {
        return DateFinder.find(text).stream().map(m -> m.resolve(null)).filter(Objects::nonNull)
                .map(d -> LocalDate.parse(d.toString())).toList();
    }
}
