package khatt.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day the page says it was published, which relative words («اليوم», «أمس الثلاثاء») are read
 * against.
 *
 * @param day the day
 * @param otherReading the other reading of a numeric date that reads both day-first and month-first
 *     («10/8/2023»), or null
 * @param source where it was read: {@code metadata}, {@code byline} (or {@code published line}, {@code updated line}
 *     when a label says which), {@code address}, {@code first line}
 * @param words the words it was read from
 */
record DateAnchor(LocalDate day, LocalDate otherReading, String source, String words) {

    private static final Pattern URL_YMD = Pattern.compile("[/\\-_]((?:19|20)\\d\\d)[/\\-](\\d{1,2})[/\\-](\\d{1,2})(?=[/\\-._]|$)");
    private static final Pattern URL_DMY = Pattern.compile("/(\\d{1,2})[/\\-](\\d{1,2})[/\\-]((?:19|20)\\d\\d)(?=[/\\-._]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/=_\\-]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?=[/\\-._&]|$)");
    private static final Pattern URL_QUERY = Pattern.compile("[?&](?:date|d|day)=((?:19|20)\\d\\d)-?(\\d\\d)-?(\\d\\d)(?!\\d)");

    /** Whether the day is certain (not a numeric date with two readings). */
    boolean certain() {
        return otherReading == null;
    }

    /**
     * The anchors of a page, strongest first: its metadata ({@code article:published_time}, JSON-LD,
     * {@code <time>}), its byline or date line, a date opening or closing its first line («date 2025-08-13 …»),
     * then its address ({@code /2019/5/14/}, {@code /31/05/2024/}, {@code /20180716/}, {@code ?date=}).
     */
    static List<DateAnchor> of(PageMetadata meta, CleanText clean, List<String> rawLines, String url) {
        List<DateAnchor> out = new ArrayList<>();
        if (meta.published() != null) {
            LocalDate d = Extractor.parseIsoDay(meta.published());
            if (d != null) {
                out.add(new DateAnchor(d, null, "metadata", meta.published()));
            }
        }
        for (CleanText.Hint h : clean.publishedHints()) {
            out.add(fromWords(LocalDate.parse(h.value()), h.evidence(), bylineKind(h.evidence())));
        }
        if (!rawLines.isEmpty() && !clean.isMastheadDate(rawLines.get(0))) {
            firstLine(rawLines.get(0).strip(), out);
        }
        if (url != null) {
            fromAddress(url, out);
        }
        return out;
    }

    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)تاريخ النشر|نشر في|نشر بتاريخ|نُشر في|published");
    private static final Pattern UPDATED_LABEL = Pattern.compile("(?i)تحديث|التحديث|حدث في|updated|modified");

    /**
     * What a date line says it dates: {@code published line} when it says so («تاريخ النشر: …»),
     * {@code updated line} for a page's last change («آخر تحديث»), else {@code byline}.
     */
    static String bylineKind(String line) {
        return UPDATED_LABEL.matcher(line).find() ? "updated line"
                : PUBLISHED_LABEL.matcher(line).find() ? "published line" : "byline";
    }

    /** A date opening the first line («date 2025-08-13 …») or closing it («… المنطقة 28/3/2017»): its stamp. */
    private static void firstLine(String line, List<DateAnchor> out) {
        List<DateMention> found = DateFinder.find(line);
        for (DateMention m : found.isEmpty() ? found : List.of(found.get(0), found.get(found.size() - 1))) {
            if (m.form() == DateMention.Form.FULL && (m.start() < 20 || m.start() + m.text().length() >= line.length() - 2)) {
                out.add(anchor(m, "first line"));
                return;
            }
        }
    }

    private static DateAnchor fromWords(LocalDate day, String words, String source) {
        for (DateMention m : DateFinder.find(words)) {
            if (m.form() == DateMention.Form.FULL && m.resolve(null).toLocalDate().equals(day)) {
                return anchor(m, source);
            }
        }
        return new DateAnchor(day, null, source, words);
    }

    private static DateAnchor anchor(DateMention m, String source) {
        DateMention alt = m.alternative();
        return new DateAnchor(m.resolve(null).toLocalDate(), alt == null ? null : alt.resolve(null).toLocalDate(), source,
                m.text());
    }

    private static final Pattern URL_YM = Pattern.compile("/((?:19|20)\\d\\d)/(0?[1-9]|1[0-2])/");

    /** The month an address gives without its day («/2018/08/1215406.html»), or null. */
    static java.time.YearMonth monthOfAddress(String url) {
        Matcher m = url == null ? null : URL_YM.matcher(url);
        return m != null && m.find() ? java.time.YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    private static void fromAddress(String url, List<DateAnchor> out) {
        String path = url.strip();
        addressDay(URL_YMD.matcher(path), 1, 2, 3, url, out);
        addressDay(URL_DMY.matcher(path), 3, 2, 1, url, out);
        addressDay(URL_COMPACT.matcher(path), 1, 2, 3, url, out);
        addressDay(URL_QUERY.matcher(path), 1, 2, 3, url, out);
    }

    private static void addressDay(Matcher m, int y, int mo, int d, String url, List<DateAnchor> out) {
        if (m.find()) {
            int year = Integer.parseInt(m.group(y));
            int month = Integer.parseInt(m.group(mo));
            int day = Integer.parseInt(m.group(d));
            if (PartialDate.valid(year, month, day) && day > 0 && month > 0) {
                out.add(new DateAnchor(LocalDate.of(year, month, day), null, "address", m.group()));
            }
        }
    }
}
