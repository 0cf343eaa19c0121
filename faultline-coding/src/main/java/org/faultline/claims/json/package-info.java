/** JSON objects of {@code claims.jsonl} and {@code contradictions.jsonl}, with the field names of the output contract. */
package org.faultline.claims.json;
