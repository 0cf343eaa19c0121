/**
 * Gazetteer: place names to coordinates and countries. {@link org.faultline.geo.Gazetteer} ships
 * countries, capitals and the places of the South Caucasus and other conflict areas
 * ({@code places.tsv}); {@link org.faultline.geo.GazetteerImporter} adds GeoNames dumps.
 */
package org.faultline.geo;
