package org.frontlineatlas.ingest;

import java.time.LocalDate;

/**
 * An article as an editor or the command line hands it in: the raw text (plain, Markdown or HTML),
 * a name that hints at its format, and what the editor knows that the text may not say.
 */
public record ArticleSubmission(String raw, String name, LocalDate publishedOn, String publisher, String sourceUrl) {}
