package org.faultline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.faultline.claims.Claim;
import org.faultline.claims.json.ClaimJson;
import org.faultline.contract.ContractReader;
import org.faultline.events.Event;
import org.faultline.events.json.EventJson;
import org.faultline.ingest.Article;
import org.faultline.ingest.json.ArticleJson;
import org.faultline.pipeline.Pipeline;
import org.faultline.pipeline.ProcessedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 2: runs the CLI's {@link Pipeline} (annotate, code events, attribute claims) over the
 * articles with {@code mapPartitions}, so each task takes the executor's one pipeline
 * ({@link ExecutorPipelines}) once and streams its articles through it.
 * <p>
 * Needs article rows (key = id, json = contract JSON, plus {@code duplicate_of}); gives
 * {@link Records#ITEMS} rows: the article, each event and each claim as contract JSON (events and
 * claims carry their article's publication date and outlet for the corpus steps), or a reject when
 * the pipeline threw on that article: one bad article never fails the job.
 */
final class ArticleProcessing {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessing.class);

    private ArticleProcessing() {}

    static JavaRDD<Row> process(JavaRDD<Row> articles, PipelineSpec spec) {
        return articles.mapPartitions(it -> new Iterator<Row>() {
            private final Pipeline pipeline = ExecutorPipelines.pipeline(spec);
            private final ArticleJson json = new ArticleJson(new ObjectMapper());
            private Iterator<Row> pending = Collections.emptyIterator();

            @Override public boolean hasNext() {
                while (!pending.hasNext() && it.hasNext()) pending = one(it.next(), pipeline, json).iterator();
                return pending.hasNext();
            }

            @Override public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return pending.next();
            }
        });
    }

    /** Columns in: id, json, published, outlet, duplicate_of. */
    static List<Row> one(Row in, Pipeline pipeline, ArticleJson json) {
        String id = in.getString(0), published = in.getString(2), outlet = in.getString(3), dup = in.getString(4);
        List<Row> out = new ArrayList<>();
        try {
            Article article = ContractReader.article(new ObjectMapper().readTree(in.getString(1)));
            if (dup != null) article = article.withDuplicateOf(dup);
            ProcessedArticle done = pipeline.process(article);
            out.add(RowFactory.create(Records.ARTICLE, id, json.toJson(article).toString(), published, outlet, null, null));
            for (Event e : done.events())
                out.add(RowFactory.create(Records.EVENT, id, EventJson.event(e, true).toString(), published, outlet, null, null));
            for (Claim c : done.claims())
                out.add(RowFactory.create(Records.CLAIM, id, ClaimJson.claim(c).toString(), published, outlet, null, null));
            return out;
        } catch (Exception | StackOverflowError e) {
            LOG.warn("processing article {} failed", id, e);
            return List.of(RowFactory.create(Records.REJECT, sourceOf(in), "processing failed: " + e, null, null, null, null));
        }
    }

    private static String sourceOf(Row in) {
        try {
            return new ObjectMapper().readTree(in.getString(1)).path("source").asText(in.getString(0));
        } catch (Exception e) {
            return in.getString(0);
        }
    }
}
