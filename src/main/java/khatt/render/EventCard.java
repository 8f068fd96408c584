package khatt.render;

import java.util.List;

/** An event as the timeline and topic pages list it. */
public record EventCard(String id, String href, DateView date, String title, String place, String kind,
                        String kindLabel, List<TopicChip> topics, int articleCount, int outletCount, String summary) {}
