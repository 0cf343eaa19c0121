package org.faultline.spark;

import org.apache.spark.sql.types.StructType;

/**
 * Parquet schemas of the output tables, with the column names of the export contract (DESIGN.md).
 * Actor objects ({@code source}, {@code target}, {@code claimed_by}, {@code speaker}, {@code about})
 * and {@code location} stay nested as structs with the contract's field names, so
 * {@code source.country} in Spark SQL is {@code source.country} in the JSON; lists are arrays.
 * {@code published} is a DATE; event dates stay strings since they may be {@code YYYY-MM} or {@code YYYY}.
 */
final class ContractSchemas {
    private static final String ACTOR = "STRUCT<`text`: STRING, `name`: STRING, `country`: STRING, `sector`: STRING, "
            + "`code`: STRING, `wikidata`: STRING>";

    static final StructType ARTICLES = StructType.fromDDL("`id` STRING, `source` STRING, `url` STRING, `title` STRING, "
            + "`published` DATE, `published_inferred` BOOLEAN, `text` STRING, "
            + "`removed` ARRAY<STRUCT<`reason`: STRING, `text`: STRING>>, `duplicate_of` STRING, `problems` ARRAY<STRING>");

    static final StructType EVENTS = StructType.fromDDL("`id` STRING, `article_id` STRING, `sentence_index` INT, "
            + "`evidence` STRING, `trigger` STRING, `type` STRING, `mode` STRING, `context` ARRAY<STRING>, `cameo` STRING, "
            + "`goldstein` DOUBLE, `quad` INT, `source` " + ACTOR + ", `target` " + ACTOR + ", `date` STRING, "
            + "`date_precision` STRING, `location` STRUCT<`name`: STRING, `country`: STRING, `lat`: DOUBLE, `lon`: DOUBLE>, "
            + "`factuality` STRING, `claimed_by` " + ACTOR + ", `confidence` DOUBLE, `incident_id` STRING");

    static final StructType CLAIMS = StructType.fromDDL("`id` STRING, `article_id` STRING, `sentence_index` INT, "
            + "`speaker` " + ACTOR + ", `cue` STRING, `content` STRING, `direct_quote` BOOLEAN, `stance` STRING, "
            + "`about` " + ACTOR + ", `event_ids` ARRAY<STRING>");

    static final StructType INCIDENTS = StructType.fromDDL("`id` STRING, `type_family` STRING, `source_country` STRING, "
            + "`target_country` STRING, `first_date` STRING, `last_date` STRING, `place` STRING, `report_count` INT, "
            + "`article_count` INT, `sources` INT, `first_seen` STRING, `last_seen` STRING, `event_ids` ARRAY<STRING>, "
            + "`article_ids` ARRAY<STRING>, `confidence` DOUBLE, `joins` MAP<STRING, STRING>");

    static final StructType CONTRADICTIONS = StructType.fromDDL("`id` STRING, `claim_a` STRING, `claim_b` STRING, "
            + "`incident_id` STRING, `kind` STRING, `explanation` STRING, `score` DOUBLE");

    private ContractSchemas() {}
}
