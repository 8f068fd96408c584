package khatt.render;

import java.util.List;

/**
 * An event as the timeline and topic pages list it.
 *
 * @param icon the kind's icon id ({@code meeting}, {@code call}…, or {@code other})
 * @param topicIds its topic ids separated by spaces, for the filter script
 * @param moreTopics how many topics the card leaves out («+٨ موضوعات»), or empty
 */
public record EventCard(String id, String href, DateView date, String title, String place, String kind,
                        String kindLabel, String icon, List<TopicChip> topics, String topicIds, String moreTopics, int articleCount,
                        int outletCount, String sourcesLine, String summary) {}
