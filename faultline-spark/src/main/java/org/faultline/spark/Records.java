package org.faultline.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The row shapes passed between the job's stages. Records travel as their contract JSON (the one
 * mapping the project already has, read back by {@code ContractReader}), so no domain record needs
 * to be {@code Serializable} and every stage's output is already in export form.
 */
final class Records {
    /** Stage output: {@code kind} is article, event, claim or reject; {@code key} the article id (the input for a reject). */
    static final StructType ITEMS = StructType.fromDDL("`kind` STRING, `key` STRING, `json` STRING, "
            + "`published` STRING, `outlet` STRING, `ord` BIGINT, `content_hash` STRING");

    /** Rejected inputs: the input (path, {@code file:line}, URL), the stage that refused it, and why. */
    static final StructType REJECTS = StructType.fromDDL("`input` STRING, `stage` STRING, `reason` STRING");

    static final String ARTICLE = "article", EVENT = "event", CLAIM = "claim", REJECT = "reject";

    private Records() {}
}
