/**
 * The PETRARCH2 converter: turns the open event-data field's MIT-licensed actor and agent
 * dictionaries (openeventdata/petrarch2, {@code data/dictionaries}) into Faultline's dictionary
 * format, as the <em>field layer</em> that lies beneath our own hand-written entries
 * ({@link org.faultline.actors.ActorDictionary#field()}).
 *
 * <p>Run it with {@code faultline dictionaries convert --petrarch DIR --out DIR}; the bundled
 * output is committed under {@code org/faultline/actors/petrarch2/} (organizations.tsv,
 * people.tsv, sectors.tsv, LICENSE-petrarch2 and conversion-report.md). The same input and
 * {@code --horizon} give the same files byte for byte. Pieces:
 * {@link org.faultline.actors.petrarch.PetrarchActorReader} and
 * {@link org.faultline.actors.petrarch.PetrarchAgentReader} read PETRARCH2's formats (unreadable
 * lines become problems naming file:line), {@link org.faultline.actors.petrarch.CameoCodeReader}
 * decodes codes (CAMEO country codes to ISO alpha-3 through our states.tsv; blocks to sectors
 * through {@code cameo-sectors.tsv}), {@link org.faultline.actors.petrarch.PetrarchConverter}
 * applies the documented rules (see its Javadoc), {@code OfficeHolderCheck} lists where our
 * people.tsv and PETRARCH2's dated roles disagree, {@link org.faultline.actors.petrarch.ConversionReport}
 * says what was kept, dropped and why.
 *
 * <p>No library: PETRARCH2's formats are line-based and small, no maintained Java reader exists
 * on Maven Central, and the readers here are a few dozen lines each over the JDK.
 */
package org.faultline.actors.petrarch;
