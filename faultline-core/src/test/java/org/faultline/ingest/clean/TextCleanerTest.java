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

    @Test
    void aDatelineUnderTheHeadlineGivesTheDateAndLeavesTheText() {
        CleanResult r = cleaner.clean("Deputies approve budget\nPublished: Tuesday, 12 March 2024, 14:05 GMT\n\n"
                + "Deputies approved next year's budget on Tuesday after a long debate, the speaker announced.", null);
        assertThat(r.title()).isEqualTo("Deputies approve budget");
        assertThat(r.dateline()).isEqualTo(java.time.LocalDate.of(2024, 3, 12));
        assertThat(r.text()).startsWith("Deputies approved next year's budget");
        CleanResult first = cleaner.clean("March 12, 2024\nDeputies approve budget\n"
                + "Deputies approved next year's budget on Tuesday after a long debate, the speaker announced.", null);
        assertThat(first.title()).isEqualTo("Deputies approve budget");
        assertThat(first.dateline()).isEqualTo(java.time.LocalDate.of(2024, 3, 12));
    }

    @Test
    void datelinesAreDateOnlyLines() {
        java.time.LocalDate today = java.time.LocalDate.of(2025, 1, 1);
        assertThat(DatelineDetector.date("Updated on 20 Sep 2023 at 10:15 am", today)).contains(java.time.LocalDate.of(2023, 9, 20));
        assertThat(DatelineDetector.date("By Jane Roe, September 20, 2023", today)).contains(java.time.LocalDate.of(2023, 9, 20));
        assertThat(DatelineDetector.date("2023-09-20", today)).isPresent();
        assertThat(DatelineDetector.date("Talks were held on September 20, 2023 in the capital.", today)).isEmpty();
        assertThat(DatelineDetector.date("From 1 May 2023 to 2 June 2023", today)).isEmpty();
        assertThat(DatelineDetector.date("March 3, 2030", today)).isEmpty();
    }

    @Test
    void moreWidgetLinesFromCopiedNewsPages() {
        String text = String.join("\n",
                "Envoys agree on prisoner lists",
                "Image source, Getty Images",
                "Image caption, Relatives waited outside the ministry for news",
                "Envoys of the two governments agreed on Thursday on lists of detainees to be exchanged next week, mediators said.",
                "Facebook",
                "WhatsApp",
                "Watch: Families describe the long wait",
                "The exchange is to take place at a crossing point under the supervision of an international humanitarian organisation.",
                "Advertisement - Scroll to continue",
                "A similar exchange last year involved a few dozen people on each side and was completed without incident.",
                "Updated 14 December 2023, 10:40 GMT",
                "Comments are closed.");
        CleanResult r = cleaner.clean(text, null);
        assertThat(r.text().split("\n\n")).hasSize(3);
        assertThat(r.text()).doesNotContain("Image", "Facebook", "WhatsApp", "Watch", "Advertisement", "Updated", "Comments");
        assertThat(r.removed()).extracting(RemovedSpan::reason).contains("photo-credit", "share-widget", "media-teaser",
                "advertisement", "dateline", "comment-form");
    }

    @Test
    void aBareDateHeadingInsideAChronologyStays() {
        String text = String.join("\n",
                "Timeline of the talks",
                "The talks went through several stages over the autumn, as the following summary shows.",
                "September 19, 2023",
                "Delegations met for the first time in the neutral capital and agreed on an agenda.",
                "October 5, 2023",
                "A second round ended without a joint statement.");
        CleanResult r = cleaner.clean(text, null);
        assertThat(r.text()).contains("September 19, 2023").contains("October 5, 2023");
    }

    @Test
    void runningFootersWithPageCountsAreCutAndTheParagraphJoinsAcrossThePageBreak() {
        String text = String.join("\n",
                "Grain corridor talks resume",
                "",
                "Negotiators from the three delegations met again in the port city on Monday and agreed to",
                "",
                "Black Sea Bulletin - Issue 12                                    Page 1 of 3",
                "",
                "extend the inspection regime for another four months, officials said.",
                "",
                "Shipping insurers welcomed the decision.");
        CleanResult r = cleaner.clean(text, null);
        assertThat(r.text()).doesNotContain("Page 1 of 3")
                .contains("agreed to extend the inspection regime for another four months");
        assertThat(r.removed()).anySatisfy(s -> assertThat(s.text()).contains("Page 1 of 3"));
    }
}
