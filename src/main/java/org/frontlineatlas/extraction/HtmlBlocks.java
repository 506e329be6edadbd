package org.frontlineatlas.extraction;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element with a line break before and after each block element: how pasted
 * pages ({@link HtmlToText}) and fetched ones (ingest/web) become lines. Each caller says which
 * elements are blocks.
 */
public final class HtmlBlocks {

    private HtmlBlocks() {}

    public static String text(Element root, Set<String> blocks) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && blocks.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && blocks.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        return out.toString();
    }
}
