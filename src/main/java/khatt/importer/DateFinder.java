package khatt.importer;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds date expressions in Arabic text: Western, Arabic-Indic and Persian digits; Egyptian/Gulf,
 * Levantine and Maghreb month names, alone or paired («مايو/أيار»); the «ء» and «م» year suffixes;
 * weekdays; numeric dates; relative days, weeks, months and years. Stateless and thread-safe.
 */
public final class DateFinder {

    /** Month names, folded (see {@link FoldedText}), to month numbers. */
    static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    /** Weekday names, folded. */
    static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();

    static {
        String[][] months = {
            // Egyptian / Gulf
            {"يناير", "1"}, {"فبراير", "2"}, {"مارس", "3"}, {"ابريل", "4"}, {"مايو", "5"}, {"يونيو", "6"},
            {"يونيه", "6"}, {"يوليو", "7"}, {"يوليه", "7"}, {"اغسطس", "8"}, {"سبتمبر", "9"}, {"اكتوبر", "10"},
            {"نوفمبر", "11"}, {"ديسمبر", "12"},
            // Levantine / Iraqi
            {"كانون الثاني", "1"}, {"شباط", "2"}, {"اذار", "3"}, {"نيسان", "4"}, {"ايار", "5"}, {"حزيران", "6"},
            {"تموز", "7"}, {"اب", "8"}, {"ايلول", "9"}, {"تشرين الاول", "10"}, {"تشرين الثاني", "11"},
            {"كانون الاول", "12"},
            // Maghreb (Algeria, Tunisia; Morocco)
            {"جانفي", "1"}, {"فيفري", "2"}, {"افريل", "4"}, {"ماي", "5"}, {"جوان", "6"}, {"جويليه", "7"},
            {"جويلة", "7"}, {"اوت", "8"}, {"يوليوز", "7"}, {"غشت", "8"}, {"شتنبر", "9"}, {"نونبر", "11"},
            {"دجنبر", "12"},
        };
        for (String[] m : months) {
            MONTHS.put(FoldedText.foldAll(m[0]), Integer.parseInt(m[1]));
        }
        String[][] days = {
            {"الاحد", "SUNDAY"}, {"الاثنين", "MONDAY"}, {"الاتنين", "MONDAY"}, {"الثلاثاء", "TUESDAY"},
            {"الثلاثا", "TUESDAY"}, {"الاربعاء", "WEDNESDAY"}, {"الخميس", "THURSDAY"}, {"الجمعه", "FRIDAY"},
            {"السبت", "SATURDAY"},
        };
        for (String[] d : days) {
            WEEKDAYS.put(FoldedText.foldAll(d[0]), DayOfWeek.valueOf(d[1]));
        }
    }

    private static final String B = "(?<![\\p{L}\\p{M}])";
    private static final String E = "(?![\\p{L}\\p{M}])";
    private static final String MONTH = alternation(MONTHS.keySet());
    private static final String WEEKDAY = alternation(WEEKDAYS.keySet());
    /** A month, or a pair of month names: «مايو/ أيار», «أيار (مايو)», «حزيران - يونيو». */
    private static final String MONTH_PAIR = "(?<m1>" + MONTH + ")" + E
            + "(?:\\s*(?:/|\\\\|-|–|\\()\\s*(?<m2>" + MONTH + ")" + E + "\\)?)?";
    private static final String YEAR_PART = "(?:\\s*[,،]?\\s*(?:من\\s+)?(?:عام|العام|سنه|لعام)?\\s*(?<y>(?:1[89]|2[01])\\d\\d)"
            + "(?!\\d)(?:\\s?(?:ء|م|مـ)" + E + ")?)";
    private static final String REL = "(?<rel>الجاري|الحالي|المقبل|القادم|الماضي|المنصرم|الفائت|الفايت)" + E;
    /** A weekday right before a date: «الثلاثاء ١٠ كانون الأول», «يوم الأحد، 5 جانفي». */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?:يوم\\s+)?(?<wd0>" + WEEKDAY + ")" + E + "\\s*[,،\\-–]?\\s*$");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

    private static final Pattern FULL_OR_DAY_MONTH = Pattern.compile("(?<!\\d)(?<d>[0-3]?\\d)(?!\\d)\\s*"
            + "(?:من\\s+)?(?:شهر\\s+)?" + B + MONTH_PAIR + "(?:" + YEAR_PART + "|\\s+" + REL + ")?");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d/.\\-])(?<d>[0-3]?\\d)[/.\\-](?<mn>[01]?\\d)[/.\\-](?<y>(?:1[89]|2[01])\\d\\d)(?![\\d/.\\-])");
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d/.\\-])(?<y>(?:1[89]|2[01])\\d\\d)[/.\\-](?<mn>[01]?\\d)[/.\\-](?<d>[0-3]?\\d)(?![\\d/.\\-])");
    private static final Pattern MONTH_YEAR = Pattern.compile(B + "(?:شهر\\s+)?" + MONTH_PAIR + YEAR_PART);
    private static final Pattern MONTH_REL = Pattern.compile(B + "(?:شهر\\s+)?" + MONTH_PAIR + "\\s+" + REL);
    /** A paired month with nothing else («في مايو/أيار»): unambiguous, and means the current year. */
    private static final Pattern MONTH_PAIR_ALONE = Pattern.compile(B + "(?<m1>" + MONTH + ")\\s*/\\s*(?<m2>" + MONTH + ")" + E);
    private static final Pattern YEAR = Pattern.compile("(?:" + B + "(?:عام|العام|سنه|لعام|عاما)\\s+(?<y>(?:1[89]|2[01])\\d\\d)(?!\\d)"
            + "(?:\\s?(?:ء|م)" + E + ")?)|(?:(?<!\\d)(?<y2>(?:1[89]|2[01])\\d\\d)\\s?(?:ء|م)" + E + ")");
    private static final Pattern YEAR_REL = Pattern.compile(B + "(?:العام|السنه)\\s+" + REL);
    private static final Pattern MONTH_OF_REF = Pattern.compile(B + "الشهر\\s+" + REL);
    private static final Pattern WEEK_REL = Pattern.compile(B + "الاسبوع\\s+" + REL);
    private static final Pattern RELATIVE_DAY = Pattern.compile(B + "(?:و|ف)?(?:(?:صباح|مساء|ظهر|ليله|فجر|يوم)\\s+)?"
            + "(?<rd>اول\\s+من\\s+امس|اول\\s+امس|امس|اليوم)" + E + "(?:\\s*[,،]?\\s*\\(?\\s*(?<wd>" + WEEKDAY + ")" + E + "\\s*\\)?)?");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(B + "(?:و|ب)?(?:يوم\\s+)?(?<wd>" + WEEKDAY + ")" + E
            + "(?:\\s+(?<rel>الماضي|المقبل|القادم|المنصرم|الفائت))?" + E);
    private static final Pattern AGO = Pattern.compile(B + "(?:منذ|قبل)\\s+(?:\\d+\\s+)?(?:يومين|ايام|يوم|ساعات|ساعه|ساعتين|دقائق|دقيقه"
            + "|اسابيع|اسبوع|اسبوعين|شهور|اشهر|شهر|شهرين)" + E);

    private DateFinder() {}

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The date expressions of {@code text}, in order, none overlapping. */
    public static List<DateMention> find(String text) {
        FoldedText ft = FoldedText.of(text);
        String s = ft.folded();
        List<Candidate> found = new ArrayList<>();
        // cheap tests first: most patterns need a digit, a weekday or a relative word to match at all
        boolean digits = HAS_DIGIT.matcher(s).find();
        boolean rel = s.contains("الجاري") || s.contains("الحالي") || s.contains("المقبل") || s.contains("القادم")
                || s.contains("الماضي") || s.contains("المنصرم") || s.contains("الفائت") || s.contains("الفايت");
        boolean weekdays = WEEKDAYS.keySet().stream().anyMatch(s::contains);
        if (digits) {
            scanFromDigits(s, found);
        }
        if (rel) {
            scan(MONTH_REL, s, found, m -> mention(DateMention.Form.MONTH_RELATIVE, 0, monthOf(m), 0, null, relation(m.group("rel"))));
            scan(YEAR_REL, s, found, m -> mention(DateMention.Form.YEAR_RELATIVE, 0, 0, 0, null, relation(m.group("rel"))));
            scan(MONTH_OF_REF, s, found, m -> mention(DateMention.Form.MONTH_OF_REFERENCE, 0, 0, 0, null, relation(m.group("rel"))));
            scan(WEEK_REL, s, found, m -> mention(DateMention.Form.WEEK_RELATIVE, 0, 0, 0, null, relation(m.group("rel"))));
        }
        if (s.indexOf('/') >= 0) {
            scan(MONTH_PAIR_ALONE, s, found, m -> MONTHS.get(m.group("m1")).equals(MONTHS.get(m.group("m2")))
                    ? mention(DateMention.Form.MONTH_RELATIVE, 0, monthOf(m), 0, null, 0) : null);
        }
        if (s.contains("امس") || s.contains("اليوم")) {
            scan(RELATIVE_DAY, s, found, m -> {
                String rd = m.group("rd");
                DateMention.Form form = rd.equals("اليوم") ? DateMention.Form.TODAY
                        : rd.equals("امس") ? DateMention.Form.YESTERDAY : DateMention.Form.DAY_BEFORE_YESTERDAY;
                return mention(form, 0, 0, 0, weekday(m.group("wd")), 0);
            });
        }
        if (weekdays) {
            scan(WEEKDAY_ALONE, s, found, m -> mention(DateMention.Form.WEEKDAY, 0, 0, 0, weekday(m.group("wd")), relation(m.group("rel"))));
        }
        if (s.contains("منذ") || s.contains("قبل")) {
            scan(AGO, s, found, m -> mention(DateMention.Form.AGO, 0, 0, 0, null, -1));
        }
        return choose(ft, found);
    }

    private static void scanFromDigits(String s, List<Candidate> found) {
        scan(FULL_OR_DAY_MONTH, s, found, m -> {
            int month = monthOf(m);
            int day = Integer.parseInt(m.group("d"));
            DayOfWeek wd = null;
            if (m.group("y") != null) {
                int year = Integer.parseInt(m.group("y"));
                return PartialDate.valid(year, month, day) ? mention(DateMention.Form.FULL, year, month, day, wd, 0) : null;
            }
            if (!PartialDate.valid(2000, month, day)) {
                return null;
            }
            return mention(DateMention.Form.DAY_MONTH, 0, month, day, wd, relation(m.group("rel")));
        });
        scan(NUMERIC_DMY, s, found, m -> numeric(m, null));
        scan(NUMERIC_YMD, s, found, m -> numeric(m, null));
        scan(MONTH_YEAR, s, found, m -> mention(DateMention.Form.MONTH_YEAR, Integer.parseInt(m.group("y")), monthOf(m), 0, null, 0));
        scan(YEAR, s, found, m -> mention(DateMention.Form.YEAR,
                Integer.parseInt(m.group("y") != null ? m.group("y") : m.group("y2")), 0, 0, null, 0));
        // a weekday right before a day-first date belongs to it
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            DateMention.Form f = c.proto().form();
            if (f != DateMention.Form.FULL && f != DateMention.Form.DAY_MONTH) {
                continue;
            }
            Matcher wd = WEEKDAY_BEFORE.matcher(s.substring(Math.max(0, c.start() - 20), c.start()));
            if (wd.find()) {
                DateMention p = c.proto();
                int start = c.start() - (wd.end() - wd.start());
                found.set(i, new Candidate(start, c.end(), new DateMention("", 0, p.form(), p.year(), p.month(), p.day(),
                        weekday(wd.group("wd0")), p.relation())));
            }
        }
    }

    private static List<DateMention> choose(FoldedText ft, List<Candidate> found) {
        found.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<DateMention> out = new ArrayList<>();
        int until = -1;
        for (Candidate c : found) {
            if (c.start() < until) {
                continue;
            }
            until = c.end();
            DateMention p = c.proto();
            int start = ft.originalIndex()[c.start()];
            out.add(new DateMention(ft.original(c.start(), c.end()).strip(), start, p.form(), p.year(), p.month(), p.day(),
                    p.weekday(), p.relation()));
        }
        return out;
    }

    private record Candidate(int start, int end, DateMention proto) {}

    private interface Reader {
        DateMention read(Matcher m);
    }

    private static void scan(Pattern p, String s, List<Candidate> out, Reader reader) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            DateMention d = reader.read(m);
            if (d != null) {
                int end = m.end();
                while (end > m.start() && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
                int start = m.start();
                while (start < end && Character.isWhitespace(s.charAt(start))) {
                    start++;
                }
                out.add(new Candidate(start, end, d));
            }
        }
    }

    private static DateMention numeric(Matcher m, DayOfWeek wd) {
        int y = Integer.parseInt(m.group("y"));
        int mo = Integer.parseInt(m.group("mn"));
        int d = Integer.parseInt(m.group("d"));
        return PartialDate.valid(y, mo, d) && d > 0 ? mention(DateMention.Form.FULL, y, mo, d, wd, 0) : null;
    }

    private static DateMention mention(DateMention.Form form, int y, int m, int d, DayOfWeek wd, int rel) {
        return new DateMention("", 0, form, y, m, d, wd, rel);
    }

    private static int monthOf(Matcher m) {
        return MONTHS.get(m.group("m1"));
    }

    private static DayOfWeek weekday(String folded) {
        return folded == null ? null : WEEKDAYS.get(folded);
    }

    private static int relation(String rel) {
        if (rel == null) {
            return 0;
        }
        return switch (rel) {
            case "المقبل", "القادم" -> 1;
            case "الماضي", "المنصرم", "الفائت", "الفايت" -> -1;
            default -> 0;
        };
    }
}
