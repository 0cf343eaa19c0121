package org.faultline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each attribution pattern on fixture sentences of our own, with the real annotator, coder and dictionary. */
class ClaimExtractorTest {

    @Test
    void saidThatGivesAnIndirectClaimWithItsEvents() {
        Fixture f = Fixture.of("fx-said", "Ethiopia's foreign ministry said on Monday that Eritrean troops had shelled three border villages.", "2021-05-03");
        Claim c = f.one(0, "ETH");
        assertThat(c.speaker().sector()).isEqualTo("GOV");
        assertThat(c.cue()).isEqualTo("said");
        assertThat(c.directQuote()).isFalse();
        assertThat(c.stance()).isEqualTo(Stance.ACCUSE);
        assertThat(c.about().country()).isEqualTo("ERI");
        assertThat(c.content()).contains("shelled three border villages");
        assertThat(c.id()).isEqualTo("fx-said-c0-0");
        assertThat(c.eventIds()).isNotEmpty();
        assertThat(f.events().stream().filter(e -> c.eventIds().contains(e.id())).map(e -> e.type())).contains("ASSAULT");
    }

    @Test
    void quoteClosedByHeToldReportersIsADirectClaimOfTheNamedOfficial() {
        Fixture f = Fixture.of("fx-told", "The Indian defence minister inspected the frontier posts on Friday. "
                + "\"Our soldiers will answer any provocation with overwhelming force,\" he told reporters.", "2022-08-12");
        Claim c = f.one(1, "IND");
        assertThat(c.directQuote()).isTrue();
        assertThat(c.content()).contains("overwhelming force");
        assertThat(c.stance()).isIn(Stance.WARN, Stance.ACCUSE);
    }

    @Test
    void aQuoteOnTheLineAfterASpeakerWithAColonIsTheirs() {
        Fixture f = Fixture.of("fx-colon", "Turkey's foreign minister told parliament:\n"
                + "\"We will never accept any blockade of our neighbours, and we demand that the convoys pass at once.\"", "2021-10-10");
        List<Claim> turkish = f.claims().stream().filter(c -> "TUR".equals(c.speaker().country())).toList();
        assertThat(turkish).hasSize(1);
        assertThat(turkish.get(0).directQuote()).isTrue();
        assertThat(turkish.get(0).content()).contains("convoys pass");
        assertThat(turkish.get(0).sentenceIndex()).isZero();
    }

    @Test
    void theMinistryTakesTheCountryOfTheMinistryNamedBefore() {
        Fixture f = Fixture.of("fx-ministry", "Pakistan's foreign ministry summoned the Afghan envoy on Tuesday. "
                + "The ministry said the claims made in Kabul were baseless and fabricated.", "2023-02-07");
        Claim c = f.one(1, "PAK");
        assertThat(c.speaker().text()).containsIgnoringCase("ministry");
        assertThat(c.speaker().sector()).isEqualTo("GOV");
        assertThat(c.stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void aSpokesmanForTheMinistrySpeaksForTheMinistryNamedBefore() {
        Fixture f = Fixture.of("fx-spokes", "Azerbaijan's defence ministry reported heavy shelling overnight. "
                + "A spokesman for the ministry said Armenian units had fired mortars at the village.", "2022-09-13");
        Claim c = f.one(1, "AZE");
        assertThat(c.stance()).isEqualTo(Stance.ACCUSE);
        assertThat(c.about().country()).isEqualTo("ARM");
    }

    @Test
    void counteredThatIsARebuttalWithItsOwnBlame() {
        Fixture f = Fixture.of("fx-counter", "Serbia accused Kosovo of harassing ethnic Serb residents, while Kosovo countered "
                + "that Serbian police officers had crossed the boundary line illegally.", "2023-06-01");
        Claim accusation = f.one(0, "SRB");
        assertThat(accusation.stance()).isEqualTo(Stance.ACCUSE);
        assertThat(accusation.about().country()).isEqualTo("XKX");
        Claim counter = f.claims().stream().filter(c -> c.cue().equals("countered")).findFirst().orElseThrow();
        assertThat(counter.speaker().country()).isEqualTo("XKX");
        assertThat(counter.stance()).isEqualTo(Stance.ACCUSE);
        assertThat(counter.about().country()).isEqualTo("SRB");
    }

    @Test
    void accordingToNamesTheSpeaker() {
        Fixture f = Fixture.of("fx-according", "According to the Ukrainian military, Russian forces launched forty drones at Odesa overnight.", "2023-07-20");
        Claim c = f.one(0, "UKR");
        assertThat(c.cue()).isEqualTo("according to");
        assertThat(c.speaker().sector()).isEqualTo("MIL");
        assertThat(c.about().country()).isEqualTo("RUS");
        assertThat(c.content()).contains("Russian forces launched").doesNotContain("According");
    }

    @Test
    void aCapitalSpeaksForItsGovernmentAndDenials() {
        Fixture f = Fixture.of("fx-capital", "Moscow denied that its aircraft had violated Finnish airspace.", "2022-04-09");
        Claim c = f.one(0, "RUS");
        assertThat(c.speaker().text()).isEqualTo("Moscow");
        assertThat(c.speaker().sector()).isEqualTo("GOV");
        assertThat(c.stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void namedOfficialsResolveThroughTheDictionaryOnTheReportDate() {
        Fixture f = Fixture.of("fx-person", "Lavrov warned that any deployment of foreign troops near the border would be met with a response.", "2022-03-01");
        Claim c = f.one(0, "RUS");
        assertThat(c.speaker().sector()).isEqualTo("GOV");
        assertThat(c.stance()).isEqualTo(Stance.WARN);
    }

    @Test
    void coordinatedSpeakersEachGetAClaimAndTheyRefersBackToThem() {
        Fixture f = Fixture.of("fx-coord", "Norway and Sweden condemned the missile strike on the port. "
                + "They urged both parties to return to negotiations.", "2023-09-01");
        assertThat(f.by(0, "NOR")).extracting(Claim::stance).containsExactly(Stance.ACCUSE);
        assertThat(f.by(0, "SWE")).extracting(Claim::stance).containsExactly(Stance.ACCUSE);
        assertThat(f.by(1, "NOR")).extracting(Claim::stance).containsExactly(Stance.DEMAND);
        assertThat(f.by(1, "SWE")).extracting(Claim::stance).containsExactly(Stance.DEMAND);
    }

    @Test
    void aStatementAuthorNamedInTheHeadlineOwnsTheArticlesEvaluativeSentences() {
        String title = "The occupation will never be accepted: Foreign Ministry of Georgia";
        String author = TitleAuthor.of(title).orElseThrow();
        assertThat(author).isEqualTo("Foreign Ministry of Georgia");
        Fixture f = Fixture.of("fx-author", title + "\n"
                + "Russian troops continue to illegally occupy a fifth of the country's territory.\n"
                + "The weather in the capital was mild on the day of the anniversary.", "2023-08-08", author);
        assertThat(f.by(0, "GEO")).as("the headline itself is not one of the statement's sentences").isEmpty();
        Claim c = f.one(1, "GEO");
        assertThat(c.cue()).isEqualTo("statement");
        assertThat(c.stance()).isEqualTo(Stance.ACCUSE);
        assertThat(c.about().country()).isEqualTo("RUS");
        assertThat(f.by(2, "GEO")).as("a sentence without a stance is not a claim").isEmpty();
    }

    @Test
    void titlesWithoutATrailingNameGiveNoAuthor() {
        assertThat(TitleAuthor.of("Ceasefire collapses as shelling resumes")).isEmpty();
        assertThat(TitleAuthor.of("Analysis: what the new corridor means for the region")).isEmpty();
        assertThat(TitleAuthor.of(null)).isEmpty();
    }

    @Test
    void sentencesWithoutAttributionGiveNoClaims() {
        Fixture f = Fixture.of("fx-none", "Heavy rain flooded the valley and the bridge was closed for repairs.", "2020-01-01");
        assertThat(f.claims()).isEmpty();
    }

    @Test
    void argumentsAreValidated() {
        ClaimExtractor x = new ClaimExtractor(ClaimKit.resolver());
        assertThatThrownBy(() -> x.extract(null, List.of())).hasMessageContaining("doc");
        assertThatThrownBy(() -> new ClaimExtractor(null)).hasMessageContaining("resolver");
    }
}
