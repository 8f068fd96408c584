package khatt.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of made-up Arabic articles for tests at scale: events of one or two
 * articles over 2015–2020, with more than a page's worth in 2020 so that its year is split by month.
 * The seed site's settings and topics; same size, same files, every time.
 */
public final class GeneratedCorpus {

    private static final List<String> PLACES = List.of("موسكو", "واشنطن", "جنيف", "فيينا", "هلسنكي", "نيويورك", "سوتشي", "برلين");
    private static final List<String> KINDS = List.of("meeting", "call", "press-conference", "statement", "talks");
    private static final List<String> SUBJECTS = List.of("الأزمة في سورية", "الملف النووي الإيراني", "الأمن في الخليج",
            "الحد من التسلح", "الوضع في أوكرانيا", "التبادل التجاري", "الأمن السيبراني", "الأزمة في ليبيا");
    private static final List<String> TOPICS = List.of("syria", "iran-nuclear", "gulf-security", "arms-control",
            "ukraine", "trade", "cyber-security", "libya");

    private GeneratedCorpus() {}

    /** Writes {@code articles} articles (and the seed site's settings) into {@code content}; returns it. */
    public static Path write(Path content, int articles) throws IOException {
        Files.createDirectories(content.resolve("articles"));
        for (String file : List.of("site.yaml", "topics.yaml")) {
            Files.copy(Path.of("content", file), content.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Random random = new Random(articles);
        LocalDate first = LocalDate.of(2015, 1, 1);
        int written = 0;
        for (int event = 0; written < articles; event++) {
            // Two events in three fall in 2020 (more than a page's worth), the rest over 2015–2019.
            LocalDate date = event % 3 != 0 ? LocalDate.of(2020, 1, 1).plusDays(random.nextInt(366))
                    : first.plusDays(random.nextInt(5 * 365));
            String place = PLACES.get(random.nextInt(PLACES.size()));
            int subject = random.nextInt(SUBJECTS.size());
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            String id = date + "-e" + event;
            int reports = Math.min(random.nextInt(4) == 0 ? 2 : 1, articles - written);
            for (int n = 1; n <= reports; n++, written++) {
                Files.writeString(content.resolve("articles").resolve(id + "-" + n + ".md"), article(id, date, place, kind,
                        subject, n, event), StandardCharsets.UTF_8);
            }
        }
        return content;
    }

    private static String article(String id, LocalDate date, String place, String kind, int subject, int n, int event) {
        return """
                ---
                title: "الوزيران يبحثان %s في %s (%d)"
                date: %s
                event: %s
                place: "%s"
                kind: %s
                outlet: "وكالة رقم %d"
                published: %s
                topics: [%s]
                ---
                بحث الوزيران في %s اليوم %s، وقالا إن المشاورات ستستمر في الأسابيع المقبلة.

                وأضاف بيان مشترك أن اللقاء رقم %d تناول قضايا أخرى أيضاً.
                """.formatted(SUBJECTS.get(subject), place, event, date, id, place, kind, n, date, TOPICS.get(subject),
                place, SUBJECTS.get(subject), event);
    }
}
