package org.frontlineatlas.control;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.frontlineatlas.input.ImportRejectedException;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Areas from KML (what ISW and DeepState publish for Google Earth): each Placemark with a Polygon
 * (or a MultiGeometry of Polygons). Status and dates come from ExtendedData (Data or SimpleData named
 * status, valid_from, valid_to), dates also from the KML TimeSpan (begin, end), and status, when no
 * field names it, from words in the Placemark's name ("occupied", "contested", "liberated").
 * <p>
 * The JDK's parser with DOCTYPE refused outright: no DTD, no external entity, no entity expansion
 * (XXE and billion-laughs cannot happen), and a KML that carries a DOCTYPE is refused with that reason.
 */
final class KmlControlReader {

    List<ControlArea> read(String text) {
        Document doc = parse(text);
        NodeList placemarks = doc.getElementsByTagNameNS("*", "Placemark");
        if (placemarks.getLength() == 0) {
            throw new ImportRejectedException(List.of("the KML has no Placemark"));
        }
        ControlImport.checkCount(placemarks.getLength());
        List<ControlArea> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < placemarks.getLength(); i++) {
            Element pm = (Element) placemarks.item(i);
            ControlAreaFields fields = fields(pm);
            try {
                out.add(fields.toArea(ControlGeometry.multi(polygons(pm))));
            } catch (IllegalArgumentException e) {
                problems.add(fields.label("Placemark", i + 1) + ": " + e.getMessage());
            }
        }
        return ControlImport.checked(out, problems);
    }

    private static Document parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // no messages on stderr; errors are thrown
            return b.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) {
                throw new ImportRejectedException(List.of(
                        "the KML has a DOCTYPE declaration; DTDs and entities are refused for safety, remove it"));
            }
            throw new ImportRejectedException(List.of("not well-formed XML at line " + e.getLineNumber() + ": " + m));
        } catch (SAXException | IOException e) {
            throw new ImportRejectedException(List.of("not readable as XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    private static ControlAreaFields fields(Element pm) {
        ControlAreaFields f = new ControlAreaFields();
        f.name = childText(pm, "name");
        f.status = data(pm, "status");
        f.validFrom = first(data(pm, "valid_from"), data(pm, "validFrom"), timeSpan(pm, "begin"));
        f.validTo = first(data(pm, "valid_to"), data(pm, "validTo"), timeSpan(pm, "end"));
        f.approximate = data(pm, "approximate");
        f.note = first(data(pm, "note"), data(pm, "source"), childText(pm, "description"));
        if (f.status == null && f.name != null) {
            f.status = statusWordIn(f.name);
        }
        return f;
    }

    /** "Occupied area near Kherson", "Liberated 11 Nov": the status a name says, or null. */
    private static String statusWordIn(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String word : new String[] {"occupied", "contested", "regained", "liberated", "grey zone", "gray zone"}) {
            if (n.contains(word)) {
                return word;
            }
        }
        return null;
    }

    private static List<Polygon> polygons(Element pm) {
        NodeList polys = pm.getElementsByTagNameNS("*", "Polygon");
        if (polys.getLength() == 0) {
            throw new IllegalArgumentException("has no Polygon");
        }
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < polys.getLength(); i++) {
            Element poly = (Element) polys.item(i);
            String which = polys.getLength() == 1 ? "the polygon" : "polygon " + (i + 1);
            List<Element> outer = descendants(poly, "outerBoundaryIs");
            if (outer.size() != 1) {
                throw new IllegalArgumentException(which + " needs one outerBoundaryIs");
            }
            LinearRing shell = ring(outer.get(0), which + ", outer ring");
            List<LinearRing> holes = new ArrayList<>();
            List<Element> inner = descendants(poly, "innerBoundaryIs");
            for (int h = 0; h < inner.size(); h++) {
                holes.add(ring(inner.get(h), which + ", hole " + (h + 1)));
            }
            out.add(ControlGeometry.polygon(shell, holes));
        }
        return out;
    }

    /** KML coordinates: "lon,lat[,alt]" tuples separated by white space. */
    private static LinearRing ring(Element boundary, String which) {
        List<Element> coords = descendants(boundary, "coordinates");
        if (coords.isEmpty()) {
            throw new IllegalArgumentException(which + " has no coordinates");
        }
        String text = coords.get(0).getTextContent().strip();
        List<double[]> lonLat = new ArrayList<>();
        int n = 0;
        for (String tuple : text.isEmpty() ? new String[0] : text.split("\\s+")) {
            n++;
            String[] parts = tuple.split(",", -1);
            try {
                if (parts.length < 2) {
                    throw new NumberFormatException();
                }
                lonLat.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        which + ", point " + n + " '" + ControlStatus.clip(tuple) + "' is not longitude,latitude");
            }
        }
        return ControlGeometry.ring(lonLat, which);
    }

    private static String data(Element pm, String key) {
        for (Element d : descendants(pm, "Data")) {
            if (key.equalsIgnoreCase(d.getAttribute("name"))) {
                String v = childText(d, "value");
                return v != null ? v : blankToNull(d.getTextContent());
            }
        }
        for (Element d : descendants(pm, "SimpleData")) {
            if (key.equalsIgnoreCase(d.getAttribute("name"))) {
                return blankToNull(d.getTextContent());
            }
        }
        return null;
    }

    private static String timeSpan(Element pm, String edge) {
        for (Element span : descendants(pm, "TimeSpan")) {
            return childText(span, edge);
        }
        return null;
    }

    private static String childText(Element e, String local) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && local.equals(ce.getLocalName())) {
                return blankToNull(ce.getTextContent());
            }
        }
        return null;
    }

    private static List<Element> descendants(Element e, String local) {
        NodeList list = e.getElementsByTagNameNS("*", local);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
