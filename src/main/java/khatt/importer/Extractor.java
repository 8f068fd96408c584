package khatt.importer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import khatt.arabic.ArabicText;
import khatt.arabic.PhraseMatcher;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Reads what a cleaned page tells: outlet, publication date, event date (with the words it rests
 * on), place, kind, topics and the other dates it mentions. Pure and thread-safe.
 */
public final class Extractor {

    /** How many paragraphs make the lead, where an article says what happened, where and when. */
    static final int LEAD = 3;
    /** How far (in words) after the words of the event's kind a place still belongs to it. */
    private static final int PLACE_WINDOW = 10;
    /** A dateline: one to three words, then a dash, slash, colon or an agency in parentheses. */
    private static final Pattern DATELINE = Pattern.compile("^([^\\s–—\\-/:()،,]+(?:\\s[^\\s–—\\-/:()،,]+){0,2}?)\\s*[–—\\-/:(]");
    private static final Set<String> PLACE_PREPOSITIONS = keys("في", "منتجع", "مدينة", "العاصمة", "عاصمة");
    /** Words that make «في <city>» what was discussed, not where: «تطورات الأوضاع في غزة», «الحرب في أوكرانيا». */
    private static final Set<String> SUBJECT_NOUNS = keys("الأوضاع", "الوضع", "الاوضاع", "تطورات", "التطورات", "الحرب", "الأزمة",
            "التصعيد", "الأحداث", "الصراع", "النزاع", "العدوان", "القتال", "السلام", "الاستقرار", "المساعدات", "الهجمات",
            "العمليات", "المعارك", "الهدنة", "التسوية");
    /** Words after which a city is named once an adjective has followed them: «بالعاصمة الإيسلندية ريكيافيك». */
    private static final Set<String> PLACE_NOUNS = keys("منتجع", "مدينة", "العاصمة", "عاصمة");
    private static final Set<String> STOP = stopKeys();
    private static final String TO = ArabicText.matchKey("إلى");
    private static final String IN = ArabicText.matchKey("في");
    /**
     * Kinds that also describe what is said at any event («تصريحات», «بيان»): an article is one of
     * these only when its lead names no event (a call, a meeting, a press conference…).
     */
    private static final Set<String> REPORTED_KINDS = Set.of("statement", "interview");
    /** Kinds a lead names of the occasion rather than of the ministers' encounter; a headline's «لقاء» or «اتصال» wins. */
    private static final Set<String> GENERAL_KINDS = Set.of("summit", "visit", "statement");

    private final Lexicon lexicon;
    private final Taxonomy taxonomy;

    /** The warning of a file that ends in the middle of a character. */
    static final String CUT_OFF = "the file ends in the middle of a character: it may be cut off, check the end of the text";

    public Extractor(Lexicon lexicon, Taxonomy taxonomy) {
        this.lexicon = lexicon;
        this.taxonomy = taxonomy;
    }

    /** Extracts from a cleaned page; {@code url} is the page's address as the editor gave it, or null. */
    public Extraction extract(RawPage page, CleanText clean, String url) {
        List<String> warnings = new ArrayList<>();
        PageMetadata meta = page.meta();
        String sourceUrl = url != null ? PageReader.webAddress(url) : meta.url();
        if (url != null && sourceUrl == null) {
            warnings.add("--url '" + url + "' is not an http(s) address: left out");
        }
        if (page.cutOff()) {
            warnings.add(CUT_OFF);
        }

        String title = meta.title() != null ? meta.title() : clean.title(); // the page's own headline
        String outlet = outlet(page, clean, sourceUrl);

        // the publication date: page metadata, then the byline or date line, then the address
        List<String> paragraphs = clean.paragraphs();
        List<List<DateMention>> found = paragraphs.stream().map(DateFinder::find).toList();
        List<DateAnchor> anchors = DateAnchor.of(meta, clean, page.lines(), sourceUrl);
        EventDates.Choice choice = eventDate(title, paragraphs, found, anchors);
        LocalDate published = null;
        String publishedText = null;
        if (!anchors.isEmpty()) {
            DateAnchor a = anchors.get(0);
            published = choice.reference() != null ? choice.reference() : a.certain() ? a.day() : null;
            publishedText = published == null ? null
                    : "metadata".equals(a.source()) && published.equals(a.day()) ? a.words() : published.toString();
        }
        warnings.addAll(choice.notes());
        List<DateMention> mentions = otherMentions(found, choice.mention());

        KindAndPlace kp = kindAndPlace(paragraphs, title);
        String body = clean.markdown();
        String fullText = (title == null ? "" : title + "\n") + body;
        List<String> keys = ArabicText.matchKeys(fullText);

        if (outlet == null) {
            warnings.add("outlet unknown: fill in outlet");
        }
        if (published == null) {
            warnings.add("publication date unknown");
        }
        if (kp.kind() == null) {
            warnings.add("kind of event unknown: fill in kind");
        }
        Participants participants = participants(title, paragraphs, choice.date() != null ? choice.date() : published);
        List<String> topics = taxonomy.topicsOf(keys, participants.countries());
        String kind = "summit".equals(kp.kind()) && !participants.isEmpty() && !headsOfState(participants) ? "meeting" : kp.kind();
        return new Extraction(page.name(), title, outlet, published, publishedText, choice.date(), choice.evidence(),
                choice.confidence(), choice.weekday(), kp.place() == null ? null : kp.place().name(),
                kp.place() == null ? null : kp.place().slug(), kp.placeStrength(), kind, kp.kindRank(), participants, topics,
                mentions, body, sourceUrl, contentKeys(ArabicText.matchKeys(canonicalSpelling(fullText))), fingerprint(body),
                warnings, published == null ? DateAnchor.monthOfAddress(sourceUrl) : null, choice.dayMonth());
    }

    /** The outlet: the page's site name, its address's known outlet, a byline's, a logo line's, else the host. */
    private String outlet(RawPage page, CleanText clean, String sourceUrl) {
        String outlet = page.meta().siteName();
        String host = host(sourceUrl);
        if (outlet == null && host != null) {
            outlet = lexicon.outletOfHost(host);
        }
        if (outlet == null && !clean.outletHints().isEmpty()) {
            outlet = clean.outletHints().get(0).value();
        }
        if (outlet == null) {
            for (String line : page.lines()) {
                if (ClutterRemover.words(line) <= 4 && (outlet = lexicon.outletNamed(line)) != null) {
                    break; // a known outlet's name on a line of its own (a logo's text)
                }
            }
        }
        if (outlet == null && host != null) {
            outlet = host.startsWith("www.") ? host.substring(4) : host;
        }
        return outlet;
    }

    /**
     * The event's day from all the text's date expressions against the anchors; with no anchor, a
     * day and month dated by the one year that fits the named officials' terms.
     */
    private EventDates.Choice eventDate(String title, List<String> paragraphs, List<List<DateMention>> found,
            List<DateAnchor> anchors) {
        List<List<DateMention>> own = ownDates(title, paragraphs, found);
        EventDates.Choice choice = EventDates.choose(title, paragraphs, own, anchors);
        if (choice.date() != null || choice.reference() != null) {
            return choice;
        }
        Participants named = participants(title, paragraphs, null);
        return EventDates.inTermOf(choice, title, paragraphs, own, named::inOfficeTogetherOn, named.names(), LocalDate.now());
    }

    /** The date expressions other than the one the event's day was read from (and «منذ 3 أيام» asides). */
    private static List<DateMention> otherMentions(List<List<DateMention>> found, DateMention used) {
        List<DateMention> mentions = new ArrayList<>();
        for (List<DateMention> inParagraph : found) {
            for (DateMention m : inParagraph) {
                if (m.form() != DateMention.Form.AGO && m != used) {
                    mentions.add(m);
                }
            }
        }
        return mentions;
    }

    /** How many paragraphs of the lead name who took part: later ones name people only mentioned. */
    static final int PARTICIPANTS_LEAD = 2;

    /** The officials the headline and the first paragraphs name, offices resolved on {@code day}. */
    /**
     * The date expressions that may date the article's own event: not one said in a sentence that
     * names other officials only («المحادثة التي جرت في 16 أكتوبر بين الرئيسين بوتين وترامب» in a
     * report of their ministers' call). The article's own are the first two it names, in the headline
     * or else the lead.
     */
    private List<List<DateMention>> ownDates(String title, List<String> paragraphs, List<List<DateMention>> found) {
        Officials officials = lexicon.officials();
        List<String> own = officials.namedIn(title == null ? "" : title);
        if (own.size() < 2 && !paragraphs.isEmpty()) {
            own = officials.namedIn((title == null ? "" : title + "\n") + paragraphs.get(0));
        }
        if (own.size() < 2) {
            return found;
        }
        List<String> firstTwo = own.subList(0, 2);
        List<List<DateMention>> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            out.add(found.get(i).stream().filter(m -> {
                String sentence = sentenceAround(p, m.start(), m.start() + m.text().length());
                List<String> named = officials.namedIn(sentence);
                return named.isEmpty() || named.stream().anyMatch(firstTwo::contains) || officials.namesSomeoneByOffice(sentence);
            }).toList());
        }
        return out;
    }

    /** The sentence of {@code p} around {@code start..end}. */
    private static String sentenceAround(String p, int start, int end) {
        int from = start;
        while (from > 0 && ".!؟?\n".indexOf(p.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < p.length() && ".!؟?\n".indexOf(p.charAt(to)) < 0) {
            to++;
        }
        return p.substring(from, to);
    }

    /** Whether a head of state or government is among the participants: only they hold summits. */
    private static boolean headsOfState(Participants participants) {
        return participants.officesOf().values().stream().flatMap(java.util.Set::stream)
                .anyMatch(office -> office.endsWith("-president") || office.endsWith("-king") || office.endsWith("-pm")
                        || office.endsWith("-crown-prince") || office.endsWith("-emir") || office.endsWith("-chancellor"));
    }

    Participants participants(String title, List<String> paragraphs, LocalDate day) {
        String lead = String.join("\n", paragraphs.subList(0, Math.min(PARTICIPANTS_LEAD, paragraphs.size())));
        return lexicon.officials().in((title == null ? "" : title + "\n") + lead, day);
    }

    // ---- kind and place

    record KindAndPlace(String kind, int kindRank, Lexicon.Place place, int placeStrength) {}

    /** Whether a paragraph names a meeting («مباحثات», «لقاء», «اجتماع» …) beside what it reports. */
    private boolean speaksOfTalks(List<String> paragraphWords) {
        return lexicon.kinds().matchesIn(paragraphWords).stream()
                .anyMatch(m -> "meeting".equals(m.label().category()) || "talks".equals(m.label().category()));
    }

    /**
     * Whether a kind phrase says how something was reported rather than what happened: a statement or
     * an interview, or a press conference right after a reporting verb («حسبما قال بلينكن في مؤتمر
     * صحفي» of the call he reported there).
     */
    private static boolean reported(PhraseMatcher.Match<Lexicon.Entry> m, List<String> words) {
        if (REPORTED_KINDS.contains(m.label().category())) {
            return true;
        }
        if (!"press-conference".equals(m.label().category())
                || words.subList(m.end(), Math.min(words.size(), m.end() + 3)).stream().anyMatch(JOINT::contains)) {
            return false; // a joint press conference («مع نظيره») is the ministers' own event
        }
        for (int j = m.start() - 1; j >= 0 && j >= m.start() - REPORTING_DISTANCE; j--) {
            if (REPORTING_VERBS.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REPORTING_VERBS = keys("قال", "قالت", "أعلن", "أعلنت", "صرح", "صرحت", "أوضح", "ذكر",
            "أضاف", "حسبما", "كما");
    /** How many words (a name and title, «خلال», «في») may stand between a reporting verb and the press conference. */
    private static final int REPORTING_DISTANCE = 7;

    /** «مؤتمر صحفي مشترك», «في مؤتمر صحفي مع نظيره»: a press conference of two ministers closes their talks. */
    private static boolean joint(List<String> paragraphWords) {
        return paragraphWords.stream().anyMatch(JOINT::contains);
    }

    private static final Set<String> JOINT = Set.copyOf(ArabicText.matchKeys("مشترك مشتركا نظيره نظيرته نظيريه"));
    /** «على هامش قمة»: what follows is the occasion, not what the ministers did. */
    private static final String SIDELINES = ArabicText.matchKeys("هامش").get(0);

    /** The kind phrases of {@code words} but those of an occasion («على هامش القمة»). */
    private List<PhraseMatcher.Match<Lexicon.Entry>> kindsIn(List<String> words) {
        return lexicon.kinds().matchesIn(words).stream()
                .filter(m -> m.start() == 0 || !words.get(m.start() - 1).equals(SIDELINES)).toList();
    }

    /** Whether the paragraphs or the headline use words of {@code kind} («اتصال هاتفي», «المكالمة»; «لقاء», «التقى»). */
    private boolean says(String kind, List<List<String>> paragraphs, String title) {
        return paragraphs.stream().anyMatch(w -> lexicon.kinds().matchesIn(w).stream().anyMatch(m -> kind.equals(m.label().category())))
                || title != null && lexicon.kinds().matchesIn(title).stream().anyMatch(m -> kind.equals(m.label().category()));
    }

    /** Talks («محادثات», «مشاورات») were a call when the report says so, else a meeting. */
    private static String talks(String kind, boolean byPhone) {
        return !"talks".equals(kind) ? kind : byPhone ? "call" : "meeting";
    }

    /**
     * The kind and the place. The kind is the first kind phrase of the lead, statements and
     * interviews only when no event is named there (the title only when the lead says nothing: a
     * headline often says «لقاء» of a press conference). A press conference whose paragraph speaks of
     * the talks it closed is reported as the meeting it was part of. Talks in no city, with no call
     * said and no meeting named in so many words, are of unknown kind. Phone calls have no place.
     */
    KindAndPlace kindAndPlace(List<String> paragraphs, String title) {
        List<List<String>> words = paragraphs.stream().map(ArabicText::matchKeys).toList();
        List<List<String>> lead = words.subList(0, Math.min(LEAD, words.size()));
        List<List<String>> narrated = paragraphs.subList(0, lead.size()).stream()
                .map(p -> ArabicText.matchKeys(QUOTED.matcher(p).replaceAll(" "))).toList();
        LeadKind k = leadKind(lead, narrated, title);
        if ("call".equals(k.kind())) {
            return new KindAndPlace(k.kind(), k.rank(), null, 0);
        }
        Placed placed = place(paragraphs, words, title, k);
        if ("talks".equals(k.named()) && "meeting".equals(k.kind()) && placed.place() == null && !says("meeting", lead, title)) {
            // talks in no city: by phone if a call is said further down («كان يعتزم الاتصال بنظيره»), else who knows
            return new KindAndPlace(says("call", words, null) ? "call" : null, k.rank(), null, 0);
        }
        return new KindAndPlace(k.kind(), k.rank(), placed.place(), placed.strength());
    }

    /** The event's kind, the kind its words named (before talks or a press conference were read as a meeting), and how early. */
    private record LeadKind(String kind, String named, int rank) {}

    /** Quoted speech: «الاستمرار في الاتصالات» in a minister's words says nothing of how the talks were held. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»");

    /** The kind of the lead's event; {@code narrated} is the lead without its quotations, which tells whether talks were by phone. */
    private LeadKind leadKind(List<List<String>> lead, List<List<String>> narrated, String title) {
        String kind = null;
        int rank = Integer.MAX_VALUE;
        int paragraph = -1;
        for (int tier = 0; tier < 2 && kind == null; tier++) {
            for (int i = 0; i < lead.size() && kind == null; i++) {
                for (PhraseMatcher.Match<Lexicon.Entry> m : kindsIn(lead.get(i))) {
                    if (reported(m, lead.get(i)) == (tier == 1)) {
                        kind = m.label().category();
                        rank = tier * 100_000 + i * 10_000 + m.start();
                        paragraph = i;
                        break;
                    }
                }
            }
        }
        String named = kind;
        boolean byPhone = says("call", narrated, title);
        kind = talks(kind, byPhone);
        if ("press-conference".equals(kind) && (speaksOfTalks(lead.get(paragraph)) || joint(lead.get(paragraph)))) {
            kind = "meeting"; // the press conference that closed a meeting: the event is the meeting
        }
        String titleKind = title == null ? null : talks(kindsIn(ArabicText.matchKeys(title)).stream()
                .map(m -> m.label().category()).findFirst().orElse(null), byPhone);
        if (kind == null && titleKind != null) {
            kind = titleKind;
            rank = 1_000_000;
        } else if (kind != null && GENERAL_KINDS.contains(kind) && ("meeting".equals(titleKind) || "call".equals(titleKind))) {
            kind = titleKind; // «يعقدان أول لقاء» over a lead that speaks of the coming summit or the visit
        }
        if ("visit".equals(kind) && lead.stream().anyMatch(this::speaksOfTalks)) {
            kind = "meeting"; // a visit is reported for its talks: the event is the meeting
        }
        return new LeadKind(kind, named, rank);
    }

    /** A place and how strongly the text gives it: 4 after the event's words, 2 in the lead, 1 a dateline or headline. */
    private record Placed(Lexicon.Place place, int strength) {}

    /**
     * The place is a gazetteer city or venue, by all the text says at once: each paragraph's
     * strongest «في <city>» votes (4 within a few words after the kind's phrase, or where a visit
     * went; 2 in the first two paragraphs), a vote below the lead at half its strength (it may be
     * another meeting's, «اجتماع دولي جديد … في نيويورك»), the headline's «في <city>» 3, the dateline
     * («واشنطن –», often only the outlet's desk) 1. The city with the most votes wins.
     */
    private Placed place(List<String> paragraphs, List<List<String>> words, String title, LeadKind k) {
        Map<Lexicon.Place, Integer> votes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Placed here = placeIn(paragraphs.get(i), words.get(i), i, k);
            if (here.place() != null && here.strength() > 0) {
                votes.merge(here.place(), i < 2 ? here.strength() : here.strength() / 2, Integer::sum);
            }
        }
        if (!paragraphs.isEmpty()) {
            Lexicon.Place dateline = dateline(paragraphs.get(0));
            if (dateline != null) {
                votes.merge(dateline, 1, Integer::sum);
            }
        }
        Lexicon.Place headline = title == null ? null : headlinePlace(title);
        if (headline != null) {
            // «يعقدان أول لقاء بينهما في ريكيافيك»: a headline names the place, the lead may leave it out
            votes.merge(headline, 3, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> new Placed(e.getKey(), e.getValue())).orElse(new Placed(null, 0));
    }

    /**
     * Whether the place at {@code at} is what was discussed: «الأوضاع في غزة», «العمليات العسكرية في
     * غزة» (a subject, perhaps with its adjective, then «في»).
     */
    private static boolean discussed(List<String> words, int at) {
        if (at < 2 || !words.get(at - 1).equals(IN)) {
            return false;
        }
        return SUBJECT_NOUNS.contains(words.get(at - 2)) || at > 2 && SUBJECT_NOUNS.contains(words.get(at - 3));
    }

    /** The city the headline says the event was in («… في موسكو», «بموسكو», «لافروف من جدة: …»), or null. */
    private Lexicon.Place headlinePlace(String title) {
        List<String> tw = ArabicText.matchKeys(title);
        for (PhraseMatcher.Match<Lexicon.Entry> pm : lexicon.places().matchesIn(tw)) {
            if (discussed(tw, pm.start())) {
                continue; // «يناقشان تطورات الأوضاع في غزة»
            }
            if (pm.proclitic() == 'ب' || pm.start() > 0 && PLACE_PREPOSITIONS.contains(tw.get(pm.start() - 1))) {
                return lexicon.place(pm.label().category());
            }
        }
        return speakerFrom(title);
    }

    /** «وزير الخارجية الروسي من جدة: …»: a headline that quotes a speaker names where they spoke. */
    private static final Pattern SPEAKER_FROM = Pattern.compile("^\\s*(?:[\\p{IsArabic}&&\\p{L}]+\\s+){1,3}من\\s+([^:：]{2,30}?)\\s*:");

    private Lexicon.Place speakerFrom(String title) {
        Matcher m = SPEAKER_FROM.matcher(title);
        if (!m.find()) {
            return null;
        }
        List<String> where = ArabicText.matchKeys(m.group(1));
        List<PhraseMatcher.Match<Lexicon.Entry>> places = lexicon.places().matchesIn(where);
        return places.size() == 1 && places.get(0).start() == 0 && places.get(0).end() == where.size()
                ? lexicon.place(places.get(0).label().category()) : null;
    }

    /** The strongest place paragraph {@code i} gives the event. */
    private Placed placeIn(String paragraph, List<String> pw, int i, LeadKind k) {
        Placed best = new Placed(null, 0);
        List<PhraseMatcher.Match<Lexicon.Entry>> places = lexicon.places().matchesIn(pw);
        if (places.isEmpty()) {
            return i < 2 ? unlistedCity(paragraph) : best;
        }
        List<PhraseMatcher.Match<Lexicon.Entry>> kinds = lexicon.kinds().matchesIn(pw);
        String folded = FoldedText.foldAll(paragraph);
        for (PhraseMatcher.Match<Lexicon.Entry> pm : places) {
            if (discussed(pw, pm.start())) {
                continue; // what they discussed, not where they met
            }
            if (hoped(pw, pm.start())) {
                continue; // «يأمل زيارة نظيره إلى دمشق», «دعاه لزيارة موسكو»: a visit to come, not where they met
            }
            boolean visited = visited(pm, kinds, pw);
            boolean here = pm.proclitic() == 'ب' || pm.start() > 0 && PLACE_PREPOSITIONS.contains(pw.get(pm.start() - 1))
                    || pm.start() > 1 && PLACE_NOUNS.contains(pw.get(pm.start() - 2)) || visited
                    || "visit".equals(k.kind()) && pm.start() > 0 && pw.get(pm.start() - 1).equals(TO); // «زيارة إلى موسكو»
            if (!here && !lexicon.placedIn(folded, pm.label().category())) {
                continue;
            }
            // the place of an event is said after the words that name it, before any other event is named
            PhraseMatcher.Match<Lexicon.Entry> nearest = null;
            for (PhraseMatcher.Match<Lexicon.Entry> km : kinds) {
                if (km.end() <= pm.start() && pm.start() - km.end() <= PLACE_WINDOW) {
                    nearest = km;
                }
            }
            if (nearest != null && recalled(pw, nearest.start(), pm.start())) {
                continue; // «والتقى الرجلان آخر مرة في مدينة سوتشي»: where they met before
            }
            String near = nearest == null ? null : nearest.label().category();
            if (near != null && !ofThisEvent(near, k, visited)) {
                continue; // the place of another event («على هامش قمة العشرين في أوساكا»)
            }
            // «لقاء جنيف»: a meeting named after its city, said to be there only elsewhere in the paragraph
            int strength = nearest != null && here || visited ? 4 : i < 2 ? 2 : 0;
            if (strength > best.strength()) {
                best = new Placed(lexicon.place(pm.label().category()), strength);
            }
        }
        return best.place() == null && i < 2 ? unlistedCity(paragraph) : best; // «قطاع غزة» was what they discussed
    }

    /** Kinds of one visit: the city visited hosts the talks and meetings («يزور الصين … مباحثات في بكين»). */
    private static final Set<String> VISIT_KINDS = Set.of("visit", "meeting", "talks");

    /**
     * Whether the kind {@code near} a place names the lead's event: its own kind, or a kind of the
     * same visit (the city visited hosts the talks).
     */
    private static boolean ofThisEvent(String near, LeadKind k, boolean visited) {
        return near.equals(k.named()) || near.equals(k.kind()) || visited && "meeting".equals(k.kind())
                || "press-conference".equals(near) && "meeting".equals(k.kind()) // «في مؤتمر صحافي في سان بطرسبورغ» after their talks
                || k.kind() != null && VISIT_KINDS.contains(near) && VISIT_KINDS.contains(k.kind());
    }

    /** «في مدينة روفانييمي», «في فينتيان عاصمة لاوس»: a town the gazetteer does not list, named as one. */
    private static final Pattern NAMED_TOWN = Pattern.compile("(?:^|[\\s،,(])(?:في\\s+|ب)(?:مدينة\\s+([\\p{IsArabic}&&\\p{L}]{3,})"
            + "|([\\p{IsArabic}&&\\p{L}]{3,})[،,]?\\s+(?:العاصمة|عاصمة)\\s)");

    /** A town the lead names as one («في مدينة ووشي») that the gazetteer lacks, at a lead's strength; or none. */
    private static Placed unlistedCity(String paragraph) {
        Matcher town = NAMED_TOWN.matcher(paragraph);
        String name = !town.find() ? null : town.group(1) != null ? town.group(1) : town.group(2);
        if (name == null || name.startsWith("ال")) {
            return new Placed(null, 0); // «في مدينة الألعاب» is a venue's description, not a town's name
        }
        return new Placed(new Lexicon.Place(khatt.arabic.Slugs.of(name), name), 2);
    }

    /** The city of a dateline opening the first paragraph («واشنطن –»), or null. */
    private Lexicon.Place dateline(String firstParagraph) {
        Matcher dl = DATELINE.matcher(firstParagraph);
        Lexicon.Place place = null;
        if (dl.find()) {
            List<String> dk = ArabicText.matchKeys(dl.group(1));
            for (PhraseMatcher.Match<Lexicon.Entry> pm : lexicon.places().matchesIn(dk)) {
                if (pm.start() == 0 && pm.end() == dk.size()) {
                    place = lexicon.place(pm.label().category());
                }
            }
        }
        return place;
    }

    /** «آخر مرة»: an event the report recalls («والتقى الرجلان آخر مرة في مدينة سوتشي»). */
    private static final List<String> LAST_TIME = ArabicText.matchKeys("آخر مرة");

    /** Whether «آخر مرة» comes between the kind's phrase at {@code from} and the place at {@code to}. */
    private static boolean recalled(List<String> words, int from, int to) {
        return java.util.Collections.indexOfSubList(words.subList(from, to), LAST_TIME) >= 0;
    }

    /** How many words may describe a visit before «إلى»: «زيارة رسمية إلى», «زيارة عمل قصيرة إلى». */
    private static final int VISIT_WORDS = 2;

    /**
     * Whether the place is where a visit went: «بزيارة واشنطن», «زيارته لموسكو», «زيارة إلى موسكو»,
     * «زيارة رسمية إلى طهران».
     */
    private static boolean visited(PhraseMatcher.Match<Lexicon.Entry> place, List<PhraseMatcher.Match<Lexicon.Entry>> kinds,
            List<String> words) {
        boolean afterTo = place.start() > 0 && words.get(place.start() - 1).equals(TO);
        for (PhraseMatcher.Match<Lexicon.Entry> km : kinds) {
            if ("visit".equals(km.label().category()) && (km.end() == place.start()
                    || afterTo && km.end() < place.start() && place.start() - 1 - km.end() <= VISIT_WORDS)) {
                return true;
            }
        }
        // «يتوجه وزير الخارجية القطري، الشيخ محمد بن عبد الرحمن، إلى موسكو»: the traveller's name may come
        // between; «يصل موسكو», «إلى العاصمة الروسية موسكو»
        int to = place.start() - 1;
        if (to >= 2 && PLACE_NOUNS.contains(words.get(to - 1)) && !words.get(to).equals(TO)) {
            to -= 2; // «العاصمة الروسية»
        }
        if (to >= 0 && TRAVEL.contains(words.get(to))) {
            return true;
        }
        if (to >= 0 && words.get(to).equals(TO)) {
            for (int j = to - 1; j >= 0 && j >= to - TRAVELLER_WORDS; j--) {
                if (TRAVEL.contains(words.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of a wish: a place they look to is yet to be visited. */
    private static final Set<String> WISHES = keys("يأمل", "تأمل", "أمله", "أملها", "يتطلع", "تتطلع", "تطلعه", "أتطلع", "نتطلع");
    /** Words of an invitation, which also «call for» things: only an invitation to visit counts. */
    private static final Set<String> INVITATIONS = keys("دعوة", "دعوته", "دعوتها", "دعا", "دعاه", "دعاها", "وجه", "يدعو");
    /** Words of an intention or expectation: a visit they intend («عزمه زيارة الجزائر قريبا») is yet to come. */
    private static final Set<String> INTENTIONS = keys("عزمه", "عزمها", "يعتزم", "تعتزم", "اعتزامه", "نيته", "نيتها", "ينوي",
            "تنوي", "أتوقع", "يتوقع", "نتوقع");
    private static final Set<String> VISITING = keys("زيارة", "لزيارة", "بزيارة", "لزيارتها", "يزور", "سيزور", "زيارتها", "زيارته");
    /** How far before a place a wish or invitation reaches: «عن أمله في أن يقوم نظيره … بزيارة إلى العاصمة دمشق». */
    private static final int HOPE_WORDS = 12;

    /**
     * Whether the place at {@code start} is one someone hopes to go to («يتطلع إلى لقائه في دمشق»), is
     * invited to visit («دعاه لزيارة موسكو») or means to visit («عن عزمه زيارة الجزائر قريبا»).
     */
    private static boolean hoped(List<String> words, int start) {
        boolean visiting = false;
        for (int j = start - 1; j >= 0 && j >= start - HOPE_WORDS; j--) {
            String w = words.get(j);
            if (WISHES.contains(w) || visiting && (INVITATIONS.contains(w) || INTENTIONS.contains(w))) {
                return true;
            }
            visiting |= VISITING.contains(w);
        }
        return false;
    }

    /** Verbs of going somewhere, whose «إلى <city>» is where the visit went. */
    private static final Set<String> TRAVEL = keys("يتوجه", "توجه", "سيتوجه", "يصل", "سيصل", "وصل", "سافر", "يسافر", "سيسافر",
            "وصول", "بوصول", "وصوله", "بوصوله");
    /** How many words a traveller's name and title may take between the verb and «إلى». */
    private static final int TRAVELLER_WORDS = 12;

    // ---- helpers

    /**
     * The pairs of consecutive content words of {@code text} (matching keys, stop words dropped),
     * for telling whether two articles report the same thing: shared pairs mean shared phrasing,
     * such as the same quotation translated twice.
     */
    static Set<String> contentKeys(String text) {
        return contentKeys(ArabicText.matchKeys(canonicalSpelling(text)));
    }

    /** {@link #contentKeys(String)} from the text's matching keys. */
    static Set<String> contentKeys(List<String> keys) {
        List<String> words = new ArrayList<>();
        for (String k : keys) {
            if (k.length() >= 3 && !STOP.contains(k) && !k.chars().allMatch(Character::isDigit)) {
                words.add(k);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + " " + words.get(i + 1));
        }
        return out;
    }

    /** Spelling variants that Lucene's normalization leaves apart: أميركي/أمريكي. */
    private static String canonicalSpelling(String text) {
        return text.replace("أميرك", "أمريك").replace("اميرك", "امريك");
    }

    static String fingerprint(String body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] hash = md.digest(String.join(" ", ArabicText.matchKeys(body)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The day of an ISO 8601 date or date-time, in the time zone it was written in. */
    static LocalDate parseIsoDay(String iso) {
        String s = iso.strip();
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a date-time with offset
        }
        try {
            return java.time.LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return java.time.ZonedDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // not zoned
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Set<String> keys(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ArabicText.matchKey(w));
        }
        return Set.copyOf(out);
    }

    /**
     * Lucene's Arabic stop words, and the words of dates: «اليوم الثلاثاء» says when, not what, and
     * two reports of different events on the same weekday must not look alike for it.
     */
    private static Set<String> stopKeys() {
        Set<String> out = new HashSet<>();
        for (Object o : ArabicAnalyzer.getDefaultStopSet()) {
            out.add(ArabicText.matchKey(new String((char[]) o)));
        }
        List<String> dateWords = new ArrayList<>(List.of("اليوم", "يوم", "أمس", "أول", "عام", "العام", "الشهر", "الأسبوع",
                "الجاري", "الحالي", "المقبل", "الماضي", "صباح", "مساء", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                "الخميس", "الجمعة", "السبت"));
        dateWords.addAll(DateFinder.MONTHS.keySet());
        for (String w : dateWords) {
            out.addAll(ArabicText.matchKeys(w));
        }
        return Set.copyOf(out);
    }
}
