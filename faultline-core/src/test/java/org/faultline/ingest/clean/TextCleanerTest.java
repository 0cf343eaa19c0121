package org.faultline.ingest.clean;

import org.faultline.ingest.RemovedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {
    private static TextCleaner cleaner;

    @BeforeAll
    static void load() {
        cleaner = TextCleaner.bundled();
    }

    private static final String BLOG = String.join("\n",
            "World",
            "Mediators propose a new timetable for talks",
            "3 min read",
            "Share this article",
            "Facebook Twitter WhatsApp",
            "",
            "Mediators on Tuesday proposed a new timetable for talks between the two governments, hoping to settle the remaining questions before the summer.",
            "The proposal, seen by reporters, sets out three rounds of meetings and a final session at the level of foreign ministers.",
            "Officials on both sides said they would study the document, while opposition parties criticised the lack of public consultation.",
            "Categories: Politics, Region",
            "",
            "Related articles",
            "Earlier talks collapse over sequencing",
            "2 min read",
            "Leave a comment",
            "Your email address will not be published. Required fields are marked *",
            "Previous article Next article");

    @Test
    void blogFurnitureIsCutAndRecorded() {
        CleanResult r = cleaner.clean(BLOG, null);
        assertThat(r.title()).isEqualTo("Mediators propose a new timetable for talks");
        assertThat(r.text()).startsWith("Mediators on Tuesday proposed").endsWith("lack of public consultation.");
        assertThat(r.text().split("\n\n")).hasSize(3);
        assertThat(r.removed()).extracting(RemovedSpan::reason).contains("category-label", "title", "read-time",
                "share-widget", "related-posts", "comment-form", "post-navigation");
        assertThat(r.removed()).filteredOn(s -> s.reason().equals("related-posts"))
                .anyMatch(s -> s.text().contains("Earlier talks collapse"));
    }

    @Test
    void aKnownTitleRepeatedOnTheFirstLineIsDropped() {
        CleanResult r = cleaner.clean("Ministers meet in the capital\nMinisters of both states met in the capital on Monday for talks.", "Ministers Meet in the Capital");
        assertThat(r.title()).isEqualTo("Ministers Meet in the Capital");
        assertThat(r.text()).isEqualTo("Ministers of both states met in the capital on Monday for talks.");
    }

    @Test
    void aCommentsHeadingInsideTheArticleDoesNotCutTheRest() {
        String text = "Short intro line about the vote.\nComments\n" + "The debate went on for hours and many deputies spoke. ".repeat(10);
        CleanResult r = cleaner.clean(text, "Vote");
        assertThat(r.text()).contains("The debate went on for hours");
    }

    @Test
    void wireStoryBylinesCreditsAndCopyrightAreCut() {
        String wire = String.join("\n",
                "Convoy reaches besieged town - Example News",
                "By Anna Example and Ben Sample",
                "Photo: Trucks wait at a checkpoint (Getty Images)",
                "A convoy of twelve trucks carrying flour and medicine reached the town on Sunday after days of delays, aid workers said.",
                "The delivery was the first in three weeks, according to the local council.",
                "Reporting by Anna Example; Editing by Carl Placeholder",
                "\u00a9 2024 Example News. All rights reserved.");
        CleanResult r = cleaner.clean(wire, "Convoy reaches besieged town");
        assertThat(r.title()).isEqualTo("Convoy reaches besieged town");
        assertThat(r.text()).startsWith("A convoy of twelve trucks").endsWith("according to the local council.");
        assertThat(r.removed()).extracting(RemovedSpan::reason).contains("title", "byline", "photo-credit", "credits", "footer");
    }
}
