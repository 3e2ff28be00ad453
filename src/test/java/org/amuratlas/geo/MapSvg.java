package org.amuratlas.geo;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A drawn map parsed as XML (which fails on anything malformed), with the look-ups the geometry tests need. */
final class MapSvg {

    private final Document document;

    MapSvg(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The viewBox's width and height. */
    double[] size() {
        String[] v = root().getAttribute("viewBox").split(" ");
        return new double[] {Double.parseDouble(v[2]), Double.parseDouble(v[3])};
    }

    /** Every element of the tag, in document order. */
    List<Element> all(String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The place circles (radius 4.5; badges and legend numbers are 8). */
    List<Element> placeCircles() {
        return all("circle").stream().filter(c -> c.getAttribute("r").equals("4.5")).toList();
    }

    /** The line badges on the map (radius 8, with a white ring; the legend's numbers have none). */
    List<Element> badges() {
        return all("circle").stream().filter(c -> c.getAttribute("r").equals("8") && c.hasAttribute("stroke")).toList();
    }

    /** The place labels: the texts in the last group, drawn on a white halo above everything else on the map. */
    List<Element> placeLabels() {
        return all("g").stream().filter(g -> g.getAttribute("paint-order").equals("stroke")
                && g.getAttribute("stroke-width").equals("3")).findFirst().map(g -> texts(g)).orElseThrow();
    }

    /** The dashed paths of the lines on the map (not the legend's 26-unit samples), each as its stretches. */
    List<List<double[]>> linePaths() {
        List<List<double[]>> out = new ArrayList<>();
        for (Element path : all("path")) {
            String d = path.getAttribute("d");
            if (path.hasAttribute("stroke-dasharray") && !d.contains("h26")) {
                out.add(stretches(d));
            }
        }
        return out;
    }

    /** "M x1 y1 L x2 y2 M …" as {x1, y1, x2, y2} per stretch. */
    static List<double[]> stretches(String d) {
        List<double[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("M(-?[\\d.]+) (-?[\\d.]+) L(-?[\\d.]+) (-?[\\d.]+)").matcher(d);
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
        }
        return out;
    }

    static List<Element> texts(Element parent) {
        return children(parent, "text");
    }

    /** The elements of the tag anywhere inside the parent, in document order. */
    static List<Element> children(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The text elements whose nearest enclosing group has the attribute (e.g. the graticule's font-size 10). */
    List<Element> textsInGroup(String attribute, String value) {
        return all("text").stream().filter(t -> {
            Node n = t.getParentNode();
            while (n instanceof Element e && !e.getTagName().equals("g")) {
                n = e.getParentNode();
            }
            return n instanceof Element g && g.getAttribute(attribute).equals(value);
        }).toList();
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
