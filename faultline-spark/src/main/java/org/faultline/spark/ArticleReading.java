package org.faultline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.Ingestor;
import org.faultline.ingest.json.ArticleJson;
import org.faultline.pipeline.CorpusLinker;
import scala.Tuple2;

/**
 * Stage 1: reads and cleans the inputs on the executors with the CLI's own {@link Ingestor}, one
 * source (file or URL) per element: a text or HTML file is one article, a JSONL file or feed one
 * article per record. The driver only expands folders into the list of sources; files must be
 * readable at the same path on every executor (a shared or local file system).
 * <p>
 * Gives {@link Records#ITEMS} rows: an article (its contract JSON, publication date, outlet,
 * content hash, input order) or a reject (input and reason) for every input or record that could
 * not be read. Reading is cheap next to annotation, so a large file read by one task is no
 * bottleneck: the next stage repartitions the articles.
 */
final class ArticleReading {
    /** Records of one source get consecutive orders below the next source's. */
    static final long RECORDS_PER_SOURCE = 1_000_000L;

    private ArticleReading() {}

    static List<String> plan(List<String> inputs) {
        return new Ingestor(IngestOptions.defaults()).plan(inputs);
    }

    static JavaRDD<Row> read(JavaSparkContext sc, List<String> sources, long maxBytes, int slices) {
        String today = LocalDate.now().toString();
        List<Tuple2<String, Long>> indexed = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) indexed.add(new Tuple2<>(sources.get(i), (long) i));
        int n = Math.max(1, Math.min(slices, sources.size()));
        return sc.parallelize(indexed, n).mapPartitions(it -> {
            // An Ingestor per task: it loads a word list in milliseconds and is not serialisable.
            Ingestor ingestor = new Ingestor(IngestOptions.defaults().withMaxBytes(maxBytes));
            ArticleJson json = new ArticleJson(new ObjectMapper());
            List<Row> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<String, Long> s = it.next();
                List<IngestOutcome> outcomes = ingestor.read(s._1(), LocalDate.parse(today));
                for (int j = 0; j < outcomes.size(); j++) {
                    long ord = s._2() * RECORDS_PER_SOURCE + j;
                    if (outcomes.get(j) instanceof IngestOutcome.Read r) {
                        Article a = r.article();
                        out.add(RowFactory.create(Records.ARTICLE, a.id(), json.toJson(a).toString(),
                                a.published() == null ? null : a.published().toString(), CorpusLinker.outlet(a), ord, a.contentHash()));
                    } else {
                        IngestOutcome.Failed f = (IngestOutcome.Failed) outcomes.get(j);
                        out.add(RowFactory.create(Records.REJECT, f.input(), f.reason(), null, null, ord, null));
                    }
                }
            }
            return out.iterator();
        });
    }
}
